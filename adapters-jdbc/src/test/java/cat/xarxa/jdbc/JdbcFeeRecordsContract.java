package cat.xarxa.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cat.xarxa.common.ConcurrentUpdateException;
import cat.xarxa.common.Money;
import cat.xarxa.fee.CustomFee;
import cat.xarxa.fee.FeeAssessment;
import cat.xarxa.fee.FeeByKind;
import cat.xarxa.fee.FeeCorrection;
import cat.xarxa.fee.FeePolicy;
import cat.xarxa.fee.FeeRule;
import cat.xarxa.fee.FeeTerms;
import cat.xarxa.fee.FlatFee;
import cat.xarxa.fee.Payment;
import cat.xarxa.fee.PerInhabitantFee;
import cat.xarxa.fee.Proration;
import cat.xarxa.fee.TieredFee;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberKind;
import cat.xarxa.member.Population;
import cat.xarxa.spi.contract.StorageContract;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a database adds to the fee part of the storage contract: rules kept as rows that read back
 * whole, assessments written behind with or without corrections, and their corrections streamed
 * in pieces without multiplying an assessment. {@link JdbcStorageContract} extends it, through
 * {@link JdbcAdvisoryRecordsContract}, so it runs on every database the adapter supports.
 */
abstract class JdbcFeeRecordsContract extends StorageContract {

    private static Member aBody(int number) {
        return Member.requestMembership(new MemberId(UUID.randomUUID()), MemberKind.OTHER_PUBLIC_BODY,
                String.format("P%07dA", number), "Consorci " + number, LocalDate.of(2026, 3, 2)).orElseThrow();
    }

    /** An assessment with, by number, no correction, one or two, as an import brings it. */
    private static FeeAssessment anAssessmentWithCorrections(MemberId member, int number) {
        FeeAssessment assessment = anAssessment(member, 2026,
                number % 2 == 0 ? null : new Population(2025, 1_000L * number, "INE, padró 1/1/2025"));
        for (int i = 0; i < number % 3; i++) {
            assessment = assessment.correct(new FeeCorrection(LocalDate.of(2026, 5, 1 + i),
                    Money.euros("-1.0" + i), "Correcció " + i + " de " + number)).orElseThrow();
        }
        return assessment;
    }

    /** What a stream gives, read to the end, the stream closed. */
    private static <T> List<T> everything(Stream<T> stream) {
        try (stream) {
            return stream.toList();
        }
    }

    @Test
    void anAssessmentStoredWithCorrectionsReadsBackWholeAndOnlyGainsMore() {
        Member member = aPendingMember(SABADELL, "Sabadell");
        FeeAssessment imported = anAssessmentWithCorrections(member.id(), 2);
        storage.transaction(tx -> tx.members().save(member) + tx.fees().save(imported));
        FeeAssessment thrice = imported.withVersion(1).correct(new FeeCorrection(LocalDate.of(2026, 7, 1),
                Money.euros("5.00"), "Tercera")).orElseThrow();

        assertEquals(2L, (long) storage.transaction(tx -> tx.fees().save(thrice)));
        assertThrows(IllegalArgumentException.class, () -> storage.transaction(tx ->
                tx.fees().save(imported.withVersion(2))));

        assertEquals(2, imported.corrections().size());
        assertEquals(Optional.of(thrice.withVersion(2)), storage.transaction(tx -> tx.fees().assessment(imported.id())));
        assertEquals(List.of(thrice.withVersion(2)), storage.transaction(tx -> tx.fees().assessmentsOf(member.id())));
    }

    @Test
    void everyAssessmentStreamsOnceWithItsOwnCorrectionsEvenBeyondOneFetch() {
        List<Member> members = IntStream.range(0, JdbcFeeAssessments.FETCH_SIZE * 2 + 34)
                .mapToObj(JdbcFeeRecordsContract::aBody).toList();
        List<FeeAssessment> saved = IntStream.range(0, members.size())
                .mapToObj(number -> anAssessmentWithCorrections(members.get(number).id(), number)).toList();
        storage.transaction(tx -> {
            members.forEach(tx.members()::save);
            saved.forEach(tx.fees()::save);
            return null;
        });

        List<FeeAssessment> expected = saved.stream().map(assessment -> assessment.withVersion(1))
                .sorted(Comparator.comparing(assessment -> assessment.id().toString())).toList();
        assertEquals(expected, storage.transaction(tx -> everything(tx.fees().assessments())));
        assertEquals(expected, storage.transaction(tx -> tx.fees().assessmentsIn(2026)));
        assertEquals(List.of(), storage.transaction(tx -> tx.fees().assessmentsIn(2025)));
    }

    @Test
    void aMembersAssessmentsComeByYearWhetherWaitingOrStored() {
        Member member = aPendingMember(SABADELL, "Sabadell");
        FeeAssessment later = anAssessment(member.id(), 2027, null);
        FeeAssessment earlier = anAssessment(member.id(), 2025, null);
        FeeAssessment between = anAssessment(member.id(), 2026, new Population(2025, 216_520, "INE"));
        storage.transaction(tx -> tx.members().save(member) + tx.fees().save(later) + tx.fees().save(earlier));

        List<Integer> years = storage.transaction(tx -> {
            tx.fees().save(between);
            assertThrows(ConcurrentUpdateException.class, () -> tx.fees().save(anAssessment(member.id(), 2026, null)));
            return tx.fees().assessmentsOf(member.id()).stream().map(FeeAssessment::year).toList();
        });

        assertEquals(List.of(2025, 2026, 2027), years);
        assertEquals(List.of(earlier.withVersion(1), between.withVersion(1), later.withVersion(1)),
                storage.transaction(tx -> tx.fees().assessmentsOf(member.id())));
    }

    /**
     * A batch of payments full before the commit is written after the member and the assessment
     * it names, which wait too, since the foreign keys want them there first.
     */
    @Test
    void paymentsBeyondABatchAreWrittenAfterTheMemberAndTheAssessmentTheyName() {
        Member member = aPendingMember(SABADELL, "Sabadell");
        FeeAssessment assessment = anAssessment(member.id(), 2026, null);
        List<Payment> payments = IntStream.range(0, PendingRecords.BATCH_SIZE + 1)
                .mapToObj(day -> aPayment(assessment, LocalDate.of(2026, 4, 1).plusDays(day % 200), "0.50")).toList();

        storage.transaction(tx -> {
            tx.members().save(member);
            tx.fees().save(assessment);
            payments.forEach(tx.fees()::add);
            return null;
        });

        assertEquals(payments.size(), storage.transaction(tx -> tx.fees().paymentsOf(member.id())).size());
        assertEquals(payments.stream().map(payment -> payment.id().toString()).sorted().toList(),
                storage.transaction(tx -> everything(tx.fees().payments()).stream()
                        .map(payment -> payment.id().toString()).toList()));
    }

    @Test
    void aPolicyWaitingToBeWrittenIsFoundAndListed() {
        FeePolicy policy = aPolicyOfEveryKind(2026);

        List<Optional<FeePolicy>> seen = storage.transaction(tx -> {
            tx.fees().add(policy);
            Optional<FeePolicy> found = tx.fees().policy(2026);
            return List.of(found, everything(tx.fees().policies()).stream().findFirst());
        });

        assertEquals(List.of(Optional.of(policy), Optional.of(policy)), seen);
    }

    @Test
    void rulesAndTermsKeepEveryDigitEveryNullAndEveryEmptyList() {
        FeeTerms noReminders = new FeeTerms(0, 366, Proration.NONE, RoundingMode.DOWN, false, List.of());
        FeePolicy extremes = new FeePolicy(2026, 2025, new FeeByKind(Map.of(
                MemberKind.MUNICIPALITY, new PerInhabitantFee(new BigDecimal("123456789012.000001"), null,
                        Money.euros("9999999999.99")),
                MemberKind.COUNTY_COUNCIL, new FlatFee(Money.ZERO),
                MemberKind.OTHER_PUBLIC_BODY, new CustomFee("sense-parametres", Map.of()))),
                noReminders, LocalDate.of(2026, 1, 1), "AG 2026-01");
        FeePolicy nothingByKind = new FeePolicy(2027, 2027, new FeeByKind(Map.of()),
                FeeTerms.DEFAULT.withPendingMembersOwing(true), LocalDate.of(2027, 1, 1), "AG 2027-01");
        FeePolicy roundNumbers = new FeePolicy(2028, 2027, new PerInhabitantFee(new BigDecimal("2.500000"),
                Money.euros(100), Money.euros(100)), FeeTerms.DEFAULT, LocalDate.of(2028, 1, 1), "AG 2028-01");
        FeePolicy beyondInt = new FeePolicy(2029, 2028, new TieredFee(List.of(
                new TieredFee.Tier(3_000_000_000L, null, Money.euros("2.00")),
                new TieredFee.Tier(0, 2_999_999_999L, Money.euros("1.00")))),
                FeeTerms.DEFAULT, LocalDate.of(2029, 1, 1), "AG 2029-01");
        storage.transaction(tx -> {
            tx.fees().add(extremes);
            tx.fees().add(nothingByKind);
            tx.fees().add(roundNumbers);
            tx.fees().add(beyondInt);
            return null;
        });

        assertEquals(List.of(extremes, nothingByKind, roundNumbers, beyondInt),
                storage.transaction(tx -> everything(tx.fees().policies())));
        assertEquals(Optional.of(roundNumbers), storage.transaction(tx -> tx.fees().policy(2028)));
    }

    /** Rules no valid policy has, which the rows could not keep as they are. */
    @Test
    void aRuleTheRowsCannotKeepIsRefusedWhenAdded() {
        FeeByKind nested = new FeeByKind(Map.of(MemberKind.MUNICIPALITY,
                new FeeByKind(Map.of(MemberKind.MUNICIPALITY, new FlatFee(Money.euros(1))))));
        PerInhabitantFee tooPrecise = new PerInhabitantFee(new BigDecimal("0.0500001"), null, null);

        for (FeeRule rule : List.<FeeRule>of(nested, tooPrecise)) {
            FeePolicy policy = new FeePolicy(2026, 2025, rule, FeeTerms.DEFAULT, LocalDate.of(2026, 1, 1), "AG 2026-01");
            assertThrows(IllegalArgumentException.class, () -> storage.transaction(tx -> {
                tx.fees().add(policy);
                return null;
            }));
        }

        assertEquals(Optional.empty(), storage.transaction(tx -> tx.fees().policy(2026)));
    }
}
