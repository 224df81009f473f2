package cat.xarxa.mentorship;

import cat.xarxa.common.CommandValidator;
import cat.xarxa.member.PersonId;
import jakarta.validation.constraints.NotNull;

/**
 * Asks to put another person in a mentorship's place. Always refused: a mentorship is personal, and the people taking part are always the same; a new mentorship is needed.
 *
 * @param mentorship the mentorship
 * @param replaced the person to replace
 * @param by the new person
 */
public record ReplaceParticipant(
        @NotNull MentorshipId mentorship,
        @NotNull PersonId replaced,
        @NotNull PersonId by) {

    public ReplaceParticipant {
        CommandValidator.requireValid(ReplaceParticipant.class, mentorship, replaced, by);
    }
}
