package cat.xarxa.advisory;

import cat.xarxa.common.CommandValidator;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A member council asks for an advisory: the person asking, the topic, the preferred format and the package (by default four hours as two sessions of two). Only member councils with the services right may ask.
 *
 * @param member the council
 * @param person the person asking
 * @param topic a topic of the catalogue
 * @param details what they need; may be null
 * @param format the preferred format; null for virtual
 * @param pkg the package; null for the default
 * @param requestedOn the date; the hour bank whose period covers it is charged
 */
public record RequestAdvisory(
        @NotNull MemberId member,
        @NotNull PersonId person,
        @NotBlank @Size(max = 60) String topic,
        @Size(max = 2000) String details,
        MeetingFormat format,
        AdvisoryPackage pkg,
        @NotNull LocalDate requestedOn) {

    public RequestAdvisory {
        CommandValidator.requireValid(RequestAdvisory.class, member, person, topic, details, format, pkg, requestedOn);
        format = format == null ? MeetingFormat.VIRTUAL : format;
        pkg = pkg == null ? AdvisoryPackage.DEFAULT : pkg;
        topic = topic.trim();
    }
}
