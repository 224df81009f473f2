package cat.xarxa.fee;

import cat.xarxa.common.Decision;
import cat.xarxa.common.Money;
import cat.xarxa.common.Reason;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberKind;
import cat.xarxa.member.Population;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One member's fee for one year (liquidació de la quota), with what it was set from: the policy's
 * year, the population figure used, the annual fee and its proration. At most one per member and
 * year; it changes only by appending {@link FeeCorrection}s.
 *
 * @param id          the id
 * @param member      the member that owes it
 * @param kind        the member's kind when assessed (for the reports)
 * @param year        the fiscal year, which is also the year of the policy applied
 * @param population  the population figure used, or null if the rule used none
 * @param prorated    the annual fee and the part owed
 * @param proration   how it was cut
 * @param issuedOn    when it was assessed
 * @param dueOn       when it is due
 * @param graceUntil  the last day of grace: unpaid after it, the member is in arrears
 * @param corrections the corrections, oldest first
 * @param version     the version the store last saved; 0 if never stored
 */
public record FeeAssessment(AssessmentId id, MemberId member, MemberKind kind, int year, Population population,
                            ProratedFee prorated, Proration proration, LocalDate issuedOn, LocalDate dueOn,
                            LocalDate graceUntil, List<FeeCorrection> corrections, long version) {

    /** The aggregate type in the journal. */
    public static final String AGGREGATE_TYPE = "fee-assessment";

    public FeeAssessment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(prorated, "prorated");
        Objects.requireNonNull(proration, "proration");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(graceUntil, "graceUntil");
        if (dueOn.isBefore(issuedOn) || graceUntil.isBefore(dueOn)) {
            throw new IllegalArgumentException("an assessment is issued, then due, then out of grace: "
                    + issuedOn + ", " + dueOn + ", " + graceUntil);
        }
        corrections = List.copyOf(corrections);
    }

    /** The amount assessed, before corrections. */
    public Money assessed() {
        return prorated.amount();
    }

    /** What the member owes for the year: the assessed amount and every correction. */
    public Money total() {
        return corrections.stream().map(FeeCorrection::amount).reduce(assessed(), Money::plus);
    }

    /** What the member owed for the year on a date: the assessed amount and the corrections made by then. */
    public Money totalOn(LocalDate date) {
        return corrections.stream().filter(c -> !c.on().isAfter(date)).map(FeeCorrection::amount)
                .reduce(assessed(), Money::plus);
    }

    /** The same assessment as stored at a version. */
    public FeeAssessment withVersion(long storedVersion) {
        return new FeeAssessment(id, member, kind, year, population, prorated, proration, issuedOn, dueOn, graceUntil,
                corrections, storedVersion);
    }

    /**
     * Appends a correction. Refused if the amount is zero, the date is before the assessment or the
     * last correction, or the total would fall below zero. {@code fee.correction-zero},
     * {@code fee.correction-before-last}, {@code fee.correction-below-zero}
     */
    public Decision<FeeAssessment> correct(FeeCorrection correction) {
        List<Reason> reasons = new ArrayList<>();
        if (correction.amount().isZero()) {
            reasons.add(Reason.of("fee.correction-zero"));
        }
        LocalDate last = corrections.isEmpty() ? issuedOn : corrections.get(corrections.size() - 1).on();
        if (correction.on().isBefore(last)) {
            reasons.add(Reason.of("fee.correction-before-last", correction.on(), last));
        }
        Money after = total().plus(correction.amount());
        if (after.isNegative()) {
            reasons.add(Reason.of("fee.correction-below-zero", total(), correction.amount()));
        }
        if (!reasons.isEmpty()) {
            return Decision.rejected(reasons);
        }
        List<FeeCorrection> all = new ArrayList<>(corrections);
        all.add(correction);
        FeeAssessment corrected = new FeeAssessment(id, member, kind, year, population, prorated, proration, issuedOn,
                dueOn, graceUntil, all, version);
        return Decision.accepted(corrected, new AssessmentCorrected(corrected, correction));
    }
}
