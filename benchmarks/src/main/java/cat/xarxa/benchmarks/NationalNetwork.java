package cat.xarxa.benchmarks;

import cat.xarxa.Xarxa;
import cat.xarxa.advisory.EntryCause;
import cat.xarxa.advisory.EntryId;
import cat.xarxa.advisory.EntryKind;
import cat.xarxa.advisory.HourBank;
import cat.xarxa.advisory.LedgerEntry;
import cat.xarxa.common.Hours;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.common.Money;
import cat.xarxa.common.Municipalities;
import cat.xarxa.common.Municipality;
import cat.xarxa.fee.FeeAssessment;
import cat.xarxa.fee.FeePolicy;
import cat.xarxa.fee.FeeTerms;
import cat.xarxa.fee.Payment;
import cat.xarxa.fee.PaymentId;
import cat.xarxa.fee.PaymentKind;
import cat.xarxa.fee.PerInhabitantFee;
import cat.xarxa.governance.EventId;
import cat.xarxa.governance.EventKind;
import cat.xarxa.governance.EventStatus;
import cat.xarxa.governance.NetworkEvent;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberKind;
import cat.xarxa.member.Person;
import cat.xarxa.member.PersonId;
import cat.xarxa.member.Population;
import cat.xarxa.mentorship.Mentorship;
import cat.xarxa.mentorship.MentorshipId;
import cat.xarxa.spi.Storage;
import cat.xarxa.workinggroup.WorkingGroup;
import cat.xarxa.workinggroup.WorkingGroupId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * A network of national size, drawn from a seed: every Spanish municipality of the INE list as a
 * member (8,131, whatever the scale), with a population for each year, and, multiplied by the
 * scale factor, the people, working groups, mentorships, events and the entries of a yearly hour
 * bank. Each of the {@link Sizes#years} fiscal years has its policy approved and its fees assessed
 * through the facade ({@code xarxa.fees()}); nine in ten assessments are paid. The rest is written
 * through the store's units of work, as an import writes it, in slices so that a database
 * store never holds a long transaction.
 *
 * <p>The same seed and sizes always give the same records (ids are derived from counters, not
 * drawn at random).
 */
final class NationalNetwork {

    static final long DEFAULT_SEED = 20261122L;
    static final int LAST_YEAR = 2026;
    /** The facade's clock: after the last year's run. */
    static final Clock CLOCK = Clock.fixed(LocalDate.of(LAST_YEAR, 11, 22).atTime(9, 0).toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);
    private static final int SLICE = 20_000;

    /** How much of each kind of record the network holds. */
    record Sizes(int years, int people, int ledgerEntries, int workingGroups, int mentorships, int events) {

        /** Scale 1: 10 years, 100,000 people, 1,000,000 hour bank entries, 60 groups, 2,000 mentorships, 400 events. */
        static Sizes at(double scale) {
            return new Sizes(10, (int) (100_000 * scale), (int) (1_000_000 * scale), (int) (60 * scale),
                    (int) (2_000 * scale), (int) (400 * scale));
        }
    }

    private NationalNetwork() {
    }

    /** Fills the empty store with the network and returns the facade over it (closing it closes the store). */
    static Xarxa build(Storage storage, long seed, Sizes sizes) {
        Random random = new Random(seed);
        List<MemberId> members = saveMembers(storage, random, sizes.years());
        Xarxa xarxa = Xarxa.builder().storage(storage).clock(CLOCK).discoverListeners(false).build();
        try {
            for (int year = LAST_YEAR - sizes.years() + 1; year <= LAST_YEAR; year++) {
                xarxa.fees().approvePolicy(policy(year)).orElseThrow();
                xarxa.fees().assess(year, LocalDate.of(year, 3, 16)).orElseThrow();
                payments(storage, random, year);
            }
            List<PersonId> people = savePeople(storage, random, sizes.people());
            ledger(storage, random, sizes);
            groupsMentorshipsEvents(storage, random, sizes, members, people);
        } catch (RuntimeException e) {
            xarxa.close();
            throw e;
        }
        return xarxa;
    }

    static FeePolicy policy(int year) {
        return new FeePolicy(year, year - 1,
                new PerInhabitantFee(new BigDecimal("0.05"), Money.euros(150), Money.euros(15_000)), FeeTerms.DEFAULT,
                LocalDate.of(year, 2, 20), "AG " + year + "-02, acord 5");
    }

    /** Members since before the first fiscal year; 3 % still applicants; 2 % withdrawn in the last year. */
    static List<MemberId> saveMembers(Storage storage, Random random, int years) {
        int first = LAST_YEAR - years + 1;
        List<Municipality> municipalities = Municipalities.official().all().stream().toList();
        List<Member> members = new ArrayList<>(municipalities.size());
        for (int i = 0; i < municipalities.size(); i++) {
            Municipality place = municipalities.get(i);
            LocalDate applied = LocalDate.of(first - 1, 1, 1).minusDays(60 + random.nextInt(670));
            Member member = Member.requestMembership(new MemberId(new UUID(0x5ca1eL, i)), MemberKind.MUNICIPALITY,
                    place.code().toString(), place.name(), applied).orElseThrow();
            int draw = random.nextInt(100);
            if (draw >= 3) {
                member = member.admit(applied.plusDays(1 + random.nextInt(50)), "AG").orElseThrow();
            }
            if (draw >= 98) {
                member = member.withdraw(LocalDate.of(LAST_YEAR, 1, 1).plusDays(random.nextInt(60)), "Baixa voluntària")
                        .orElseThrow();
            }
            long inhabitants = Math.max(5, Math.min(3_500_000,
                    Math.round(Math.exp(Math.log(600) + 1.9 * random.nextGaussian()))));
            for (int year = first - 2; year < LAST_YEAR; year++) {
                member = member.recordPopulation(new Population(year, inhabitants, "INE, padró 1/1/" + year))
                        .orElseThrow();
                inhabitants = Math.max(1, inhabitants + random.nextInt(41) - 20);
            }
            members.add(member);
        }
        storage.transaction(tx -> {
            members.forEach(tx.members()::save);
            return null;
        });
        return members.stream().map(Member::id).toList();
    }

    /** Nine in ten of the year's assessments paid in full, within the term. */
    private static void payments(Storage storage, Random random, int year) {
        List<FeeAssessment> assessed = storage.transaction(tx -> tx.fees().assessmentsIn(year));
        storage.transaction(tx -> {
            long paid = 0;
            for (FeeAssessment assessment : assessed) {
                if (random.nextInt(10) == 0) {
                    continue;
                }
                tx.fees().add(new Payment(new PaymentId(new UUID(0xfa1dL, (long) year << 32 | paid++)),
                        assessment.member(), PaymentKind.PAYMENT, assessment.id(),
                        assessment.issuedOn().plusDays(random.nextInt(60)), assessment.total(),
                        "Transferència " + year));
            }
            return null;
        });
    }

    private static List<PersonId> savePeople(Storage storage, Random random, int count) {
        List<PersonId> ids = new ArrayList<>(count);
        for (int from = 0; from < count; from += SLICE) {
            int start = from;
            int end = Math.min(count, from + SLICE);
            storage.transaction(tx -> {
                for (int i = start; i < end; i++) {
                    PersonId id = new PersonId(new UUID(0xbe09L, i));
                    tx.people().save(new Person(id, "Persona " + i, "persona" + i + "@ajuntament.example",
                            "+34 6" + (10_000_000 + random.nextInt(89_999_999)), Set.of(), 0));
                    ids.add(id);
                }
                return null;
            });
        }
        return ids;
    }

    /** A bank a year, its grant first, then reservations, consumptions and releases of whole hours. */
    private static void ledger(Storage storage, Random random, Sizes sizes) {
        int perYear = Math.max(1, sizes.ledgerEntries() / sizes.years());
        long entry = 0;
        for (int year = LAST_YEAR - sizes.years() + 1; year <= LAST_YEAR; year++) {
            String period = Integer.toString(year);
            LocalDate from = LocalDate.of(year, 1, 1);
            LocalDate until = LocalDate.of(year, 12, 31);
            storage.transaction(tx -> tx.advisories().save(HourBank.empty(period, from, until)));
            for (int done = 0; done < perYear; done += SLICE) {
                int slice = Math.min(SLICE, perYear - done);
                long first = entry;
                boolean grant = done == 0;
                storage.transaction(tx -> {
                    for (int i = 0; i < slice; i++) {
                        EntryKind kind = grant && i == 0 ? EntryKind.GRANT
                                : switch (random.nextInt(3)) {
                                    case 0 -> EntryKind.RESERVATION;
                                    case 1 -> EntryKind.CONSUMPTION;
                                    default -> EntryKind.RELEASE;
                                };
                        tx.advisories().add(new LedgerEntry(new EntryId(new UUID(0x4005L, first + i)), period, kind,
                                kind == EntryKind.GRANT ? EntryCause.DECISION : EntryCause.REQUEST,
                                Hours.of(kind == EntryKind.GRANT ? 100_000 : 1 + random.nextInt(8)),
                                from.plusDays(random.nextInt(365)), "tècnica", "Sol·licitud " + (first + i), null, null));
                    }
                    return null;
                });
                entry += slice;
            }
        }
    }

    private static void groupsMentorshipsEvents(Storage storage, Random random, Sizes sizes, List<MemberId> members,
                                                List<PersonId> people) {
        storage.transaction(tx -> {
            for (int i = 0; i < sizes.workingGroups(); i++) {
                tx.workingGroups().save(WorkingGroup.proposed(new WorkingGroupId(new UUID(0x6209L, i)),
                        "Grup de treball " + i, "tema-" + (i % 12), "Mandat del grup " + i, null,
                        List.of(pick(random, members)), people.isEmpty() ? null : pick(random, people),
                        LocalDate.of(LAST_YEAR - 1 - random.nextInt(sizes.years()), 1, 1).plusDays(random.nextInt(365)),
                        "AG"));
            }
            for (int i = 0; i < sizes.mentorships() && people.size() > 1; i++) {
                tx.mentorships().save(Mentorship.proposed(new MentorshipId(new UUID(0x3e07L, i)), pick(random, people),
                        pick(random, members), pick(random, people), pick(random, members), "Contractació pública",
                        "Acompanyament " + i,
                        LocalDate.of(LAST_YEAR - random.nextInt(sizes.years()), 1, 1).plusDays(random.nextInt(300))));
            }
            for (int i = 0; i < sizes.events(); i++) {
                LocalDate on = LocalDate.of(LAST_YEAR - random.nextInt(sizes.years()), 1, 1)
                        .plusDays(random.nextInt(300));
                tx.governance().save(new NetworkEvent(new EventId(new UUID(0xe7e7L, i)),
                        EventKind.values()[random.nextInt(EventKind.values().length)], "Trobada " + i, on,
                        LocalTime.of(10, 0), LocalTime.of(12, 0), MeetingFormat.VIRTUAL, "", "",
                        EventStatus.SCHEDULED, List.of(), 0));
            }
            return null;
        });
    }

    private static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
