package cat.xarxa.spi.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cat.xarxa.common.ConcurrentUpdateException;
import cat.xarxa.common.Money;
import cat.xarxa.fee.AssessmentId;
import cat.xarxa.fee.CustomFee;
import cat.xarxa.fee.FeeAssessment;
import cat.xarxa.fee.FeeByKind;
import cat.xarxa.fee.FeeCorrection;
import cat.xarxa.fee.FeePolicy;
import cat.xarxa.fee.FeeTerms;
import cat.xarxa.fee.FlatFee;
import cat.xarxa.fee.Payment;
import cat.xarxa.fee.PaymentId;
import cat.xarxa.fee.PaymentKind;
import cat.xarxa.fee.PerInhabitantFee;
import cat.xarxa.fee.ProratedFee;
import cat.xarxa.fee.Proration;
import cat.xarxa.fee.TieredFee;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberKind;
import cat.xarxa.member.Population;
import cat.xarxa.spi.Storage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every storage must do with fee policies, assessments and payments. {@link StorageContract}
 * extends it, so a store's contract test runs these too; it also owns the store's lifecycle.
 */
public abstract class FeeRecordsContract {

    /** Sabadell, a real town council. */
    protected static final String SABADELL = "081878";
    /** Manlleu, a real town council. */
    protected static final String MANLLEU = "081120";

    protected Storage storage;

    /** A store with no data in it; each test gets a fresh (or emptied) one. */
    protected abstract Storage openEmptyStorage();

    @BeforeEach
    void openStorage() {
        storage = openEmptyStorage();
    }

    @AfterEach
    void closeStorage() {
        storage.close();
    }

    protected static Member aPendingMember(String ineCode, String name) {
        return Member.requestMembership(new MemberId(UUID.randomUUID()), MemberKind.MUNICIPALITY, ineCode, name,
                LocalDate.of(2026, 3, 2)).orElseThrow();
    }

    /** A policy with every kind of rule and terms that are not the defaults. */
    protected static FeePolicy aPolicyOfEveryKind(int year) {
        TieredFee tiers = new TieredFee(List.of(
                new TieredFee.Tier(5001, null, Money.euros("1200.00")),
                new TieredFee.Tier(0, 1000L, Money.euros("150.00")),
                new TieredFee.Tier(1001, 5000L, Money.euros("600.50"))));
        FeeByKind byKind = new FeeByKind(Map.of(
                MemberKind.MUNICIPALITY, new PerInhabitantFee(new BigDecimal("0.050000"), Money.euros(150), null),
                MemberKind.COUNTY_COUNCIL, new FlatFee(Money.euros("300.00")),
                MemberKind.OTHER_PUBLIC_BODY, tiers));
        FeeTerms terms = new FeeTerms(45, 20, Proration.BY_DAY, RoundingMode.HALF_EVEN, true, List.of(-10, 0, 7, 20));
        return new FeePolicy(year, year - 1, byKind, terms, LocalDate.of(year, 3, 14), "AG " + year + "-03, acord 4 «quotes»");
    }

    protected static FeeAssessment anAssessment(MemberId member, int year, Population population) {
        LocalDate issued = LocalDate.of(year, 4, 1);
        return new FeeAssessment(new AssessmentId(UUID.randomUUID()), member, MemberKind.MUNICIPALITY, year, population,
                new ProratedFee(Money.euros("1000.00"), 10, 12, Money.euros("833.33")), Proration.BY_MONTH, issued,
                issued.plusDays(60), issued.plusDays(90), List.of(), 0);
    }

    protected static Payment aPayment(FeeAssessment assessment, LocalDate on, String amount) {
        return new Payment(new PaymentId(UUID.randomUUID()), assessment.member(), PaymentKind.PAYMENT, assessment.id(), on,
                Money.euros(amount), "TRF " + on);
    }

    @Test
    void aPolicyOfEveryKindOfRuleReadsBackEqual() {
        FeePolicy policy = aPolicyOfEveryKind(2026);
        FeePolicy custom = new FeePolicy(2027, 2026, new CustomFee("solidarity-index", Map.of("base", "120.00", "weight", "0,5 = half")),
                FeeTerms.DEFAULT, LocalDate.of(2027, 2, 1), "AG 2027-02");
        FeePolicy tiersOnly = new FeePolicy(2028, 2028, ((FeeByKind) policy.rule()).rules().get(MemberKind.OTHER_PUBLIC_BODY),
                FeeTerms.DEFAULT.withProration(Proration.NONE), LocalDate.of(2028, 1, 10), "AG 2028-01");
        storage.transaction(tx -> {
            tx.fees().add(custom);
            tx.fees().add(policy);
            tx.fees().add(tiersOnly);
            return null;
        });

        assertEquals(Optional.of(policy), storage.transaction(tx -> tx.fees().policy(2026)));
        assertEquals(List.of(policy, custom, tiersOnly), storage.transaction(tx -> {
            try (Stream<FeePolicy> all = tx.fees().policies()) {
                return all.toList();
            }
        }));
        assertEquals(Optional.empty(), storage.transaction(tx -> tx.fees().policy(2025)));
    }

    @Test
    void aYearHasOnePolicyEvenWhenTwoUnitsOfWorkRace() {
        FeePolicy first = aPolicyOfEveryKind(2026);
        FeePolicy second = new FeePolicy(2026, 2025, new FlatFee(Money.euros(10)), FeeTerms.DEFAULT,
                LocalDate.of(2026, 3, 15), "AG 2026-03 bis");

        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(outer -> {
            assertEquals(Optional.empty(), outer.fees().policy(2026));
            storage.transaction(inner -> {
                inner.fees().add(second);
                return null;
            });
            outer.fees().add(first);
            return null;
        }));

        assertEquals(Optional.of(second), storage.transaction(tx -> tx.fees().policy(2026)));
    }

    @Test
    void anAssessmentReadsBackIdenticalWithOrWithoutItsPopulationFigure() {
        Member member = aPendingMember(SABADELL, "Sabadell");
        FeeAssessment withFigure = anAssessment(member.id(), 2026,
                new Population(2025, 216_520, "INE, padró 1/1/2025"));
        FeeAssessment flat = anAssessment(member.id(), 2027, null);

        long version = storage.transaction(tx -> tx.members().save(member) + tx.fees().save(withFigure) + tx.fees().save(flat));

        assertEquals(3, version);
        assertEquals(Optional.of(withFigure.withVersion(1)), storage.transaction(tx -> tx.fees().assessment(withFigure.id())));
        assertEquals(List.of(withFigure.withVersion(1), flat.withVersion(1)),
                storage.transaction(tx -> tx.fees().assessmentsOf(member.id())));
        assertEquals(List.of(flat.withVersion(1)), storage.transaction(tx -> tx.fees().assessmentsIn(2027)));
    }

    @Test
    void correctionsAreKeptInOrderAndAStaleVersionChangesNothing() {
        Member member = aPendingMember(SABADELL, "Sabadell");
        FeeAssessment assessment = anAssessment(member.id(), 2026, null);
        storage.transaction(tx -> tx.members().save(member) + tx.fees().save(assessment));
        FeeAssessment once = assessment.withVersion(1)
                .correct(new FeeCorrection(LocalDate.of(2026, 5, 2), Money.euros("-33.33"), "Padró corregit per l'INE"))
                .orElseThrow();
        FeeAssessment twice = once.correct(new FeeCorrection(LocalDate.of(2026, 5, 2), Money.euros("12.00"),
                "Segona línia\namb salt")).orElseThrow();

        assertEquals(2L, (long) storage.transaction(tx -> tx.fees().save(twice)));
        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(tx -> tx.fees().save(once)));

        FeeAssessment read = storage.transaction(tx -> tx.fees().assessment(assessment.id())).orElseThrow();
        assertEquals(twice.withVersion(2), read);
        assertEquals(Money.euros("812.00"), read.total());
    }

    @Test
    void aMemberHasOneAssessmentPerYearEvenWhenTwoRunsRace() {
        Member member = aPendingMember(SABADELL, "Sabadell");
        storage.transaction(tx -> tx.members().save(member));
        FeeAssessment first = anAssessment(member.id(), 2026, null);
        FeeAssessment second = anAssessment(member.id(), 2026, null);

        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(outer -> {
            assertEquals(List.of(), outer.fees().assessmentsIn(2026));
            storage.transaction(inner -> inner.fees().save(second));
            return outer.fees().save(first);
        }));

        assertEquals(List.of(second.id()), storage.transaction(tx ->
                tx.fees().assessmentsIn(2026).stream().map(FeeAssessment::id).toList()));
    }

    @Test
    void aUnitOfWorkSeesEveryAssessmentItSavedHoweverMany() {
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < 1_100; i++) {
            members.add(Member.requestMembership(new MemberId(UUID.randomUUID()), MemberKind.OTHER_PUBLIC_BODY,
                    String.format("P%07dA", i), "Consorci " + i, LocalDate.of(2026, 3, 2)).orElseThrow());
        }
        List<FeeAssessment> assessments = members.stream().map(m -> anAssessment(m.id(), 2026, null)).toList();

        int seen = storage.transaction(tx -> {
            members.forEach(tx.members()::save);
            assessments.forEach(tx.fees()::save);
            FeeAssessment last = assessments.get(assessments.size() - 1);
            assertEquals(Optional.of(last.withVersion(1)), tx.fees().assessment(last.id()));
            return tx.fees().assessmentsIn(2026).size();
        });

        assertEquals(1_100, seen);
        List<String> streamed = storage.transaction(tx -> {
            try (Stream<FeeAssessment> all = tx.fees().assessments()) {
                return all.map(a -> a.id().toString()).toList();
            }
        });
        assertEquals(assessments.stream().map(a -> a.id().toString()).sorted().toList(), streamed);
    }

    @Test
    void assessmentsStreamInIdOrderOnceEachWhateverTheirCorrections() {
        Member member = aPendingMember(SABADELL, "Sabadell");
        Member other = aPendingMember(MANLLEU, "Manlleu");
        FeeAssessment corrected = anAssessment(member.id(), 2026, null);
        FeeAssessment plain = anAssessment(other.id(), 2026, new Population(2025, 21_000, "INE"));
        storage.transaction(tx -> tx.members().save(member) + tx.members().save(other)
                + tx.fees().save(corrected) + tx.fees().save(plain));
        FeeAssessment twice = corrected.withVersion(1)
                .correct(new FeeCorrection(LocalDate.of(2026, 5, 2), Money.euros("-3.00"), "a")).orElseThrow()
                .correct(new FeeCorrection(LocalDate.of(2026, 6, 2), Money.euros("-4.00"), "b")).orElseThrow();
        storage.transaction(tx -> tx.fees().save(twice));

        List<FeeAssessment> all = storage.transaction(tx -> {
            try (Stream<FeeAssessment> stream = tx.fees().assessments()) {
                return stream.toList();
            }
        });

        List<FeeAssessment> expected = new ArrayList<>(List.of(twice.withVersion(2), plain.withVersion(1)));
        expected.sort(Comparator.comparing(a -> a.id().toString()));
        assertEquals(expected, all);
    }

    @Test
    void paymentsAndRefundsReadBackByDateAndAreNeverAddedTwice() {
        Member member = aPendingMember(SABADELL, "Sabadell");
        FeeAssessment assessment = anAssessment(member.id(), 2026, null);
        Payment later = aPayment(assessment, LocalDate.of(2026, 6, 1), "900.00");
        Payment earlier = aPayment(assessment, LocalDate.of(2026, 5, 1), "0.01");
        Payment refund = new Payment(new PaymentId(UUID.randomUUID()), member.id(), PaymentKind.REFUND, null,
                LocalDate.of(2026, 6, 1), Money.euros("66.68"), "");
        storage.transaction(tx -> {
            tx.members().save(member);
            tx.fees().save(assessment);
            tx.fees().add(later);
            tx.fees().add(earlier);
            tx.fees().add(refund);
            assertEquals(3, tx.fees().paymentsOf(member.id()).size());
            return null;
        });

        List<Payment> sameDay = new ArrayList<>(List.of(later, refund));
        sameDay.sort(Comparator.comparing(p -> p.id().toString()));
        assertEquals(List.of(earlier, sameDay.get(0), sameDay.get(1)),
                storage.transaction(tx -> tx.fees().paymentsOf(member.id())));
        List<Payment> byId = new ArrayList<>(List.of(later, earlier, refund));
        byId.sort(Comparator.comparing(p -> p.id().toString()));
        assertEquals(byId, storage.transaction(tx -> {
            try (Stream<Payment> all = tx.fees().payments()) {
                return all.toList();
            }
        }));
        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(tx -> {
            tx.fees().add(earlier);
            return tx.fees().paymentsOf(member.id());
        }));
        assertEquals(3, storage.transaction(tx -> tx.fees().paymentsOf(member.id())).size());
    }

    @Test
    void aFailingUnitOfWorkLeavesNoFeeRecordBehind() {
        Member member = aPendingMember(SABADELL, "Sabadell");
        FeeAssessment assessment = anAssessment(member.id(), 2026, null);

        assertThrows(IllegalStateException.class, () -> storage.transaction(tx -> {
            tx.members().save(member);
            tx.fees().add(aPolicyOfEveryKind(2026));
            tx.fees().save(assessment);
            tx.fees().add(aPayment(assessment, LocalDate.of(2026, 5, 1), "10.00"));
            throw new IllegalStateException("the command failed after writing");
        }));

        assertEquals(Optional.empty(), storage.transaction(tx -> tx.fees().policy(2026)));
        assertEquals(Optional.empty(), storage.transaction(tx -> tx.fees().assessment(assessment.id())));
        assertEquals(List.of(), storage.transaction(tx -> tx.fees().paymentsOf(member.id())));
    }
}
