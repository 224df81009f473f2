package cat.xarxa.fee;

import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberKind;
import cat.xarxa.member.Population;
import java.util.Objects;
import java.util.Optional;

/**
 * What a fee rule looks at to set a member's annual fee: its kind and its official population
 * for the year the policy names.
 *
 * @param member     the member
 * @param kind       its kind
 * @param population its population figure for the policy's population year, or null if it has none
 */
public record FeeBasis(MemberId member, MemberKind kind, Population population) {

    public FeeBasis {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(kind, "kind");
    }

    /** The population figure, if the member has one for the year. */
    public Optional<Population> populationFigure() {
        return Optional.ofNullable(population);
    }
}
