package cat.xarxa.practice;

import cat.xarxa.common.CommandValidator;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.member.MemberId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A member council opens one of its trainings to the network.
 *
 * @param council the council
 * @param title   its title
 * @param topic   its topic, as a tag, e.g. {@code responsible-public-procurement}
 * @param from    the first day
 * @param to      the last day; not before the first
 * @param format  virtual, in person or hybrid
 * @param seats   the seats offered, 1 to 10,000
 * @param link    where to read more (http or https); may be null
 */
public record OfferTraining(
        @NotNull MemberId council,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 60) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String topic,
        @NotNull LocalDate from,
        @NotNull LocalDate to,
        @NotNull MeetingFormat format,
        @Min(1) @Max(10000) int seats,
        @Size(max = 500) String link) {

    public OfferTraining {
        CommandValidator.requireValid(OfferTraining.class, council, title, topic, from, to, format, seats, link);
        title = title.trim();
        link = link == null ? "" : link.trim();
    }
}
