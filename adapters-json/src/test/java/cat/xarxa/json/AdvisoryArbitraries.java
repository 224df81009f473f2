package cat.xarxa.json;

import cat.xarxa.advisory.Advisory;
import cat.xarxa.advisory.AdvisoryId;
import cat.xarxa.advisory.AdvisoryPackage;
import cat.xarxa.advisory.AdvisoryProduct;
import cat.xarxa.advisory.AdvisoryRequest;
import cat.xarxa.advisory.AdvisoryStatus;
import cat.xarxa.advisory.AdvisoryTopics;
import cat.xarxa.advisory.EntryCause;
import cat.xarxa.advisory.EntryId;
import cat.xarxa.advisory.EntryKind;
import cat.xarxa.advisory.HourBank;
import cat.xarxa.advisory.LedgerEntry;
import cat.xarxa.advisory.ProductId;
import cat.xarxa.advisory.ProductKind;
import cat.xarxa.advisory.Provider;
import cat.xarxa.advisory.ProviderKind;
import cat.xarxa.advisory.RequestId;
import cat.xarxa.advisory.Session;
import cat.xarxa.advisory.SessionId;
import cat.xarxa.advisory.SessionStatus;
import cat.xarxa.common.Decision;
import cat.xarxa.common.Hours;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import cat.xarxa.partner.PartnerId;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Advisory records for generated networks, each one an import accepts: hour banks of distinct
 * periods whose totals are the sum of their ledger entries (each entry kept only if the bank takes
 * it, as {@link HourBank#apply} decides); advisories of one request or joint, of up to three
 * councils, merged into another or not, with sessions planned, delivered (with or without
 * attendance) and cancelled, delivered by the secretariat, an expert person or a partner, with or
 * without a partner delivering it too; and materials of the advisories, published or not. Texts
 * hold the characters that make JSON hard.
 */
final class AdvisoryArbitraries {

    private static final String AWKWARD = "abcdefghijklmnopqrstuvwxyzàèéíïòóúüçñ·ABCÀÉÍÑÇ0123456789 ,;:'\"\\/{}[]\n\t";
    private static final List<String> ENDINGS = List.of("", "", " 😀", "𝄞", "\u2028");
    /** Where the entries of each kind may come from. */
    private static final Map<EntryKind, List<EntryCause>> CAUSES = Map.of(
            EntryKind.GRANT, List.of(EntryCause.DECISION),
            EntryKind.ENLARGEMENT, List.of(EntryCause.DECISION),
            EntryKind.RESERVATION, List.of(EntryCause.REQUEST, EntryCause.UNMERGE, EntryCause.ADJUSTMENT),
            EntryKind.RELEASE, List.of(EntryCause.MERGE, EntryCause.SESSION_CANCELLED, EntryCause.COMPLETED,
                    EntryCause.CANCELLED),
            EntryKind.CONSUMPTION, List.of(EntryCause.SESSION_DELIVERED),
            EntryKind.EXPIRY, List.of(EntryCause.PERIOD_END));

    private AdvisoryArbitraries() {
    }

    /** Up to three banks, up to eight advisories and up to four materials. */
    static Arbitrary<AdvisoryPlans> plans() {
        return Combinators.combine(bankPlans().list().ofMaxSize(3).uniqueElements(BankPlan::year),
                        advisoryPlans().list().ofMaxSize(8), productPlans().list().ofMaxSize(4))
                .as(AdvisoryPlans::new);
    }

    private static Arbitrary<BankPlan> bankPlans() {
        // Most entries move hours in and out of reservations, as a year of advisories does.
        Arbitrary<EntryKind> kinds = Arbitraries.frequency(Tuple.of(1, EntryKind.GRANT), Tuple.of(1, EntryKind.ENLARGEMENT),
                Tuple.of(4, EntryKind.RESERVATION), Tuple.of(2, EntryKind.RELEASE), Tuple.of(2, EntryKind.CONSUMPTION),
                Tuple.of(1, EntryKind.EXPIRY));
        Arbitrary<EntryStep> step = Combinators.combine(kinds,
                        Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 600),
                        Arbitraries.integers().between(0, 40), texts(20), texts(30), Arbitraries.integers().between(-1, 7))
                .as(EntryStep::new);
        return Combinators.combine(Arbitraries.integers().between(2000, 2099), Arbitraries.of("", "-S1", "-S2"),
                        Arbitraries.integers().between(60, 6_000), step.list().ofMaxSize(12))
                .as(BankPlan::new);
    }

    private static Arbitrary<AdvisoryPlan> advisoryPlans() {
        Arbitrary<RequestStep> request = Combinators.combine(Arbitraries.integers().between(0, 11),
                        Arbitraries.integers().between(0, 5), texts(40), Arbitraries.of(MeetingFormat.class),
                        Arbitraries.integers().between(1, 40), Arbitraries.integers().between(1, 4),
                        Arbitraries.integers().between(0, 300))
                .as(RequestStep::new);
        Arbitrary<SessionStep> session = Combinators.combine(Arbitraries.integers().between(0, 360),
                        Arbitraries.integers().between(6 * 60, 20 * 60), Arbitraries.integers().between(1, 480),
                        Arbitraries.of(MeetingFormat.class), Arbitraries.frequency(Tuple.of(1, SessionStatus.PLANNED),
                                Tuple.of(2, SessionStatus.DELIVERED), Tuple.of(1, SessionStatus.CANCELLED)),
                        Arbitraries.integers().between(1, 600), Arbitraries.integers().between(0, 3),
                        Arbitraries.of(true, false))
                .as(SessionStep::new);
        return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.of(AdvisoryTopics.DEFAULT),
                        request.list().ofMinSize(1).ofMaxSize(3), Arbitraries.of(ProviderKind.class),
                        Arbitraries.integers().between(-2, 5), session.list().ofMaxSize(4),
                        Arbitraries.of(AdvisoryStatus.class), Arbitraries.integers().between(0, 2_400))
                .as(AdvisoryPlan::new);
    }

    private static Arbitrary<ProductPlan> productPlans() {
        return Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.of(ProductKind.class),
                        texts(60).map(String::trim).filter(title -> !title.isEmpty()), texts(80),
                        Arbitraries.of("", "https://xarxa.cat/materials/plec", "https://xarxa.cat/m?id=1&lang=ca"),
                        Arbitraries.of(true, false))
                .as(ProductPlan::new);
    }

    /** Texts with accents, quotes, line breaks and characters beyond the BMP. */
    private static Arbitrary<String> texts(int maxLength) {
        return Combinators.combine(Arbitraries.strings().withChars(AWKWARD).ofMaxLength(maxLength),
                        Arbitraries.of(ENDINGS))
                .as(String::concat);
    }

    /** What advisory records a generated network holds, before it knows its members, people and partners. */
    record AdvisoryPlans(List<BankPlan> banks, List<AdvisoryPlan> advisories, List<ProductPlan> products) {

        /**
         * The banks, the advisories charged to them (none without a bank, a member and a person to
         * ask), the banks' ledgers and the advisories' materials.
         *
         * @param seed makes the ids, so that they do not come in the order they are made, but those
         *             of the ledger entries, which come in the order they were made: an import
         *             takes a bank's entries in the order they come, and an export writes them in
         *             id order
         */
        AdvisoryRecords madeFor(long seed, List<MemberId> members, List<PersonId> people, List<PartnerId> partners) {
            List<Advisory> made = new ArrayList<>();
            if (!banks.isEmpty() && !members.isEmpty() && !people.isEmpty()) {
                for (int i = 0; i < advisories.size(); i++) {
                    AdvisoryId id = new AdvisoryId(new UUID(seed + 67L * i, 900 + i));
                    made.add(advisories.get(i).madeFor(id, seed + 71L * i, banks, members, people, partners, made));
                }
            }
            List<HourBank> opened = new ArrayList<>();
            List<LedgerEntry> ledger = new ArrayList<>();
            for (BankPlan bank : banks) {
                List<Advisory> charged = made.stream().filter(a -> a.period().equals(bank.period())).toList();
                opened.add(bank.keep(seed, ledger, charged));
            }
            List<AdvisoryProduct> materials = new ArrayList<>();
            if (!made.isEmpty()) {
                for (int i = 0; i < products.size(); i++) {
                    materials.add(products.get(i).madeFor(new ProductId(new UUID(seed + 73L * i, 1_000 + i)), made));
                }
            }
            return new AdvisoryRecords(opened, ledger, made, materials);
        }
    }

    /** The advisory records of a generated network. */
    record AdvisoryRecords(List<HourBank> banks, List<LedgerEntry> entries, List<Advisory> advisories,
                           List<AdvisoryProduct> products) {
    }

    /**
     * An hour bank for a year, its grant and the entries that follow.
     *
     * @param suffix after the year in the period's code: none, or a half year
     * @param granted the minutes of the initial grant
     */
    record BankPlan(int year, String suffix, int granted, List<EntryStep> steps) {

        String period() {
            return year + suffix;
        }

        /**
         * The bank with the totals of its entries: the grant, then each step the bank takes, each
         * with the next id of the ledger.
         */
        HourBank keep(long seed, List<LedgerEntry> ledger, List<Advisory> charged) {
            LocalDate from = LocalDate.of(year, 1, 1);
            HourBank bank = HourBank.empty(period(), from, LocalDate.of(year, 12, 31));
            List<LedgerEntry> entries = new ArrayList<>();
            entries.add(new LedgerEntry(nextId(seed, ledger, entries), period(), EntryKind.GRANT, EntryCause.DECISION,
                    Hours.ofMinutes(granted), from, "secretaria", "AG " + year + "-01", null, null));
            for (EntryStep step : steps) {
                entries.add(step.entry(nextId(seed, ledger, entries), period(), from, charged));
            }
            for (LedgerEntry entry : entries) {
                Decision<HourBank> next = bank.apply(entry);
                if (next.isAccepted()) {
                    bank = next.orElseThrow();
                    ledger.add(entry);
                }
            }
            return bank;
        }

        /** Ids in the order the entries are made, whatever the seed: the same high half, the count in the low one. */
        private static EntryId nextId(long seed, List<LedgerEntry> ledger, List<LedgerEntry> pending) {
            return new EntryId(new UUID(seed, 800L + ledger.size() * 100L + pending.size()));
        }
    }

    /**
     * An entry of a bank's ledger.
     *
     * @param cause    which of the causes its kind may have (modulo how many there are)
     * @param minutes  how many minutes; zero is refused by the bank and left out
     * @param advisory which of the advisories charged to the bank it belongs to (modulo how many
     *                 there are); negative for none
     */
    record EntryStep(EntryKind kind, int cause, int minutes, int daysLater, String actor, String reference,
                     int advisory) {

        LedgerEntry entry(EntryId id, String period, LocalDate from, List<Advisory> charged) {
            List<EntryCause> causes = CAUSES.get(kind);
            boolean ofAnAdvisory = kind != EntryKind.GRANT && kind != EntryKind.ENLARGEMENT && kind != EntryKind.EXPIRY;
            Advisory of = ofAnAdvisory && advisory >= 0 && !charged.isEmpty()
                    ? charged.get(advisory % charged.size()) : null;
            SessionId session = of == null || of.sessions().isEmpty() || kind == EntryKind.RESERVATION ? null
                    : of.sessions().get(advisory % of.sessions().size()).id();
            return new LedgerEntry(id, period, kind, causes.get(cause % causes.size()), Hours.ofMinutes(minutes),
                    from.plusDays(daysLater), actor, reference, of == null ? null : of.id(), session);
        }
    }

    /** A request of one of the members, asked for by one of the people. */
    record RequestStep(int member, int person, String details, MeetingFormat format, int packageHours,
                       int packageSessions, int daysIn) {
    }

    /**
     * A session.
     *
     * @param attended how many of the advisory's councils attended a delivered one, from the first
     */
    record SessionStep(int daysIn, int startMinute, int minutes, MeetingFormat format, SessionStatus status,
                       int deliveredMinutes, int attended, boolean withSeconds) {

        Session madeFor(SessionId id, LocalDate from, List<MemberId> councils) {
            LocalDateTime start = from.plusDays(daysIn).atStartOfDay().plusMinutes(startMinute)
                    .plusSeconds(withSeconds ? 30 : 0);
            boolean delivered = status == SessionStatus.DELIVERED;
            return new Session(id, start, start.plusMinutes(minutes), format, status,
                    delivered ? Hours.ofMinutes(deliveredMinutes) : Hours.ZERO,
                    delivered ? councils.subList(0, Math.min(attended, councils.size())) : List.of());
        }
    }

    /**
     * An advisory charged to one of the banks.
     *
     * @param bank     which bank (modulo how many there are)
     * @param provider who delivers it; an expert when there are people, a partner when there are
     *                 partners, the secretariat otherwise
     * @param partner  which partner delivers it too (modulo how many there are); negative for none
     * @param status   where it stands; a merged one carries no requests and names another
     *                 advisory, made before it, as the one it was merged into (it stays as it is
     *                 when none was made before it)
     */
    record AdvisoryPlan(int bank, String topic, List<RequestStep> requests, ProviderKind provider, int partner,
                        List<SessionStep> sessions, AdvisoryStatus status, int reservedMinutes) {

        Advisory madeFor(AdvisoryId id, long seed, List<BankPlan> banks, List<MemberId> members, List<PersonId> people,
                         List<PartnerId> partners, List<Advisory> before) {
            BankPlan charged = banks.get(bank % banks.size());
            LocalDate from = LocalDate.of(charged.year(), 1, 1);
            List<AdvisoryRequest> asked = new ArrayList<>();
            List<MemberId> councils = new ArrayList<>();
            for (int i = 0; i < requests.size(); i++) {
                RequestStep step = requests.get(i);
                MemberId member = members.get(step.member() % members.size());
                if (councils.contains(member)) {
                    continue;
                }
                councils.add(member);
                asked.add(new AdvisoryRequest(new RequestId(new UUID(seed, 950 + i)), member,
                        people.get(step.person() % people.size()), topic, step.details(), step.format(),
                        new AdvisoryPackage(Hours.of(step.packageHours()), step.packageSessions()),
                        from.plusDays(step.daysIn())));
            }
            List<Session> held = new ArrayList<>();
            for (int i = 0; i < sessions.size(); i++) {
                held.add(sessions.get(i).madeFor(new SessionId(new UUID(seed, 970 + i)), from, councils));
            }
            Hours consumed = held.stream().map(Session::delivered).reduce(Hours.ZERO, Hours::plus);
            Provider by = switch (provider) {
                case EXPERT_PERSON -> Provider.expert(people.get(reservedMinutes % people.size()));
                case PARTNER -> partners.isEmpty() ? Provider.SECRETARIAT
                        : Provider.partner(partners.get(reservedMinutes % partners.size()));
                case SECRETARIAT -> Provider.SECRETARIAT;
            };
            PartnerId coProvider = partner < 0 || partners.isEmpty() ? null : partners.get(partner % partners.size());
            boolean merged = status == AdvisoryStatus.MERGED && !before.isEmpty();
            AdvisoryStatus standing = status == AdvisoryStatus.MERGED && !merged ? AdvisoryStatus.OPEN : status;
            boolean holding = standing.isActive();
            return new Advisory(id, charged.period(), topic, asked.get(0).pkg(), merged ? List.of() : asked, by,
                    coProvider, held, standing, merged ? before.get(reservedMinutes % before.size()).id() : null,
                    holding ? Hours.ofMinutes(reservedMinutes) : Hours.ZERO, consumed, 0);
        }
    }

    /** A material of one of the advisories. */
    record ProductPlan(int advisory, ProductKind kind, String title, String summary, String link, boolean published) {

        AdvisoryProduct madeFor(ProductId id, List<Advisory> advisories) {
            Advisory of = advisories.get(advisory % advisories.size());
            return new AdvisoryProduct(id, of.id(), of.topic(), kind, title, summary, link, published, 0);
        }
    }
}
