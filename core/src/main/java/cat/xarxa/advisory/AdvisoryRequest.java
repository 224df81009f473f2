package cat.xarxa.advisory;

import cat.xarxa.common.PersonalData;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A member council's request for advice: who asks, on what, how they prefer to meet and how many
 * hours. It stays the same whichever advisory (its own, or a joint one) carries it.
 *
 * @param id          the id
 * @param member      the council asking
 * @param person      the person asking for it
 * @param topic       a topic of the catalogue, e.g. {@code responsible-public-procurement}
 * @param details     what they need, in their words; may be empty
 * @param format      how they prefer to meet (virtual by default)
 * @param pkg         the package asked for
 * @param requestedOn when they asked
 */
public record AdvisoryRequest(RequestId id, MemberId member, PersonId person, String topic, @PersonalData String details,
                              MeetingFormat format, AdvisoryPackage pkg, LocalDate requestedOn) {
    public AdvisoryRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(pkg, "pkg");
        Objects.requireNonNull(requestedOn, "requestedOn");
        details = details == null ? "" : details;
    }
}
