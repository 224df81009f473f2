package cat.xarxa.mentorship;

import cat.xarxa.member.PersonId;
import java.time.LocalDate;
import java.util.Map;

/**
 * The programme over a period.
 *
 * @param from            the first day
 * @param to              the last day
 * @param active          mentorships active at some day of the period
 * @param completed       completed within the period
 * @param expired         expired within the period
 * @param cancelled       cancelled within the period (proposals withdrawn included)
 * @param loadByMentor    active mentorships of each mentor on the last day
 * @param sharedByTopic   documentation shared by completed mentorships, by topic (all time up to the last day)
 */
public record MentorshipReport(LocalDate from, LocalDate to, long active, long completed, long expired, long cancelled,
                               Map<PersonId, Long> loadByMentor, Map<String, Long> sharedByTopic) {
    public MentorshipReport {
        loadByMentor = Map.copyOf(loadByMentor);
        sharedByTopic = Map.copyOf(sharedByTopic);
    }
}
