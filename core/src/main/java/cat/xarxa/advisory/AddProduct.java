package cat.xarxa.advisory;

import cat.xarxa.common.CommandValidator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Records a material an advisory produced (questions, answers, solutions).
 *
 * @param advisory the advisory
 * @param kind what kind
 * @param title its title
 * @param summary what it holds; may be null
 * @param link where it is; may be null
 * @param publish whether other councils can find it at once
 */
public record AddProduct(
        @NotNull AdvisoryId advisory,
        @NotNull ProductKind kind,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 2000) String summary,
        @Size(max = 500) String link,
        boolean publish) {

    public AddProduct {
        CommandValidator.requireValid(AddProduct.class, advisory, kind, title, summary, link, publish);
        title = title.trim();
    }
}
