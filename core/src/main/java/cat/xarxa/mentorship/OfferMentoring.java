package cat.xarxa.mentorship;

import cat.xarxa.common.CommandValidator;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * A person of a member council offers to be a mentor, or changes the offer: topics, capacity, and whether proposals are taken now.
 *
 * @param person the mentor
 * @param council their member council
 * @param topics what they can accompany on
 * @param capacity how many active mentorships at most
 * @param open whether proposals are taken now
 */
public record OfferMentoring(
        @NotNull PersonId person,
        @NotNull MemberId council,
        @NotNull @Size(min = 1, max = 20) Set<@NotBlank @Size(max = 60) String> topics,
        @Min(1) @Max(20) int capacity,
        boolean open) {

    public OfferMentoring {
        CommandValidator.requireValid(OfferMentoring.class, person, council, topics, capacity, open);
        topics = Set.copyOf(topics);
    }
}
