package cat.xarxa.knowledge;

import cat.xarxa.member.MemberId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One thing the network knows about a topic. No personal data: councils, never people.
 *
 * @param source  where it comes from
 * @param id      the id of the record it comes from
 * @param title   its title, or a summary's first words
 * @param topic   the topic it was found under
 * @param council the council it comes from, or null (an advisory material, a group's product)
 * @param on      its date (of publication, of the training's first day, of sharing), or null when
 *                the record keeps none (an advisory's material)
 * @param link    where it is; may be empty
 */
public record KnowledgeItem(KnowledgeSource source, String id, String title, String topic, MemberId council,
                            LocalDate on, String link) {
    public KnowledgeItem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(topic, "topic");
        link = link == null ? "" : link;
    }
}
