package cat.xarxa.benchmarks;

import cat.xarxa.common.Money;
import cat.xarxa.common.Municipalities;
import cat.xarxa.common.Municipality;
import cat.xarxa.fee.FeePolicy;
import cat.xarxa.fee.FeeTerms;
import cat.xarxa.fee.PerInhabitantFee;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberKind;
import cat.xarxa.member.Population;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The network the fee run benchmarks assess: every Spanish municipality of the INE list as a
 * member, with populations and histories drawn from a seeded generator, so that the same seed
 * always gives the same network. The policy is 0.05 € an inhabitant between 150 € and 15,000 €,
 * cut by month (the default terms).
 *
 * <p>Populations are log-normal around a median of 600 inhabitants, as Spain's are (most
 * municipalities are small, a few are cities of millions). Histories are as they stand on the run
 * date: 85 % members all year, 8 % admitted since New Year (fee cut to the months owed), 4 %
 * withdrawn since New Year (the months before), 3 % applicants still waiting (no fee).
 */
final class FeeRunNetwork {

    static final long DEFAULT_SEED = 20261122L;
    static final int YEAR = 2026;
    static final LocalDate RUN_ON = LocalDate.of(YEAR, 3, 16);
    /** The facade's clock: the morning of the run. */
    static final Clock CLOCK = Clock.fixed(RUN_ON.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    static final FeePolicy POLICY = new FeePolicy(YEAR, YEAR - 1,
            new PerInhabitantFee(new BigDecimal("0.05"), Money.euros(150), Money.euros(15_000)), FeeTerms.DEFAULT,
            LocalDate.of(YEAR, 2, 20), "AG 2026-02, acord 5");

    private static final LocalDate NEW_YEAR = LocalDate.of(YEAR, 1, 1);
    private static final int DAYS_INTO_YEAR = (int) (RUN_ON.toEpochDay() - NEW_YEAR.toEpochDay());

    final List<Member> members;

    private FeeRunNetwork(List<Member> members) {
        this.members = members;
    }

    static FeeRunNetwork generate(long seed) {
        Random random = new Random(seed);
        List<Municipality> municipalities = Municipalities.official().all().stream().toList();
        List<Member> members = new ArrayList<>(municipalities.size());
        for (int i = 0; i < municipalities.size(); i++) {
            Municipality place = municipalities.get(i);
            Member member = withHistory(Member.requestMembership(new MemberId(new UUID(0xfee5L, i)),
                    MemberKind.MUNICIPALITY, place.code().toString(), place.name(), appliedOn(random)).orElseThrow(),
                    random);
            long inhabitants = inhabitants(random);
            member = member.recordPopulation(new Population(YEAR - 2, inhabitants, "INE, padró 1/1/" + (YEAR - 2)))
                    .orElseThrow();
            member = member.recordPopulation(new Population(YEAR - 1, Math.max(1, inhabitants + random.nextInt(41) - 20),
                    "INE, padró 1/1/" + (YEAR - 1))).orElseThrow();
            members.add(member);
        }
        return new FeeRunNetwork(List.copyOf(members));
    }

    /** An application in the two years before the fiscal year. */
    private static LocalDate appliedOn(Random random) {
        return NEW_YEAR.minusDays(60 + random.nextInt(670));
    }

    private static Member withHistory(Member applicant, Random random) {
        int draw = random.nextInt(100);
        LocalDate applied = applicant.history().get(0).since();
        if (draw < 85) {
            return applicant.admit(applied.plusDays(1 + random.nextInt(50)), "AG").orElseThrow();
        }
        if (draw < 93) {
            return applicant.admit(NEW_YEAR.plusDays(random.nextInt(DAYS_INTO_YEAR)), "AG").orElseThrow();
        }
        if (draw < 97) {
            return applicant.admit(applied.plusDays(1 + random.nextInt(50)), "AG").orElseThrow()
                    .withdraw(NEW_YEAR.plusDays(random.nextInt(DAYS_INTO_YEAR)), "Baixa voluntària").orElseThrow();
        }
        return applicant;
    }

    /** Log-normal around 600, within what a Spanish municipality holds. */
    private static long inhabitants(Random random) {
        double drawn = Math.exp(Math.log(600) + 1.9 * random.nextGaussian());
        return Math.max(5, Math.min(3_500_000, Math.round(drawn)));
    }
}
