package cat.xarxa;

import cat.xarxa.advisory.AddProduct;
import cat.xarxa.advisory.AdjustReservation;
import cat.xarxa.advisory.Advisories;
import cat.xarxa.advisory.Advisory;
import cat.xarxa.advisory.AdvisoryChanged;
import cat.xarxa.advisory.AdvisoryId;
import cat.xarxa.advisory.AdvisoryProduct;
import cat.xarxa.advisory.AdvisoryRequest;
import cat.xarxa.advisory.AdvisoryStatus;
import cat.xarxa.advisory.AssignProvider;
import cat.xarxa.advisory.CancelAdvisory;
import cat.xarxa.advisory.CancelSession;
import cat.xarxa.advisory.CompleteAdvisory;
import cat.xarxa.advisory.DeliverSession;
import cat.xarxa.advisory.EnlargeHourBank;
import cat.xarxa.advisory.EntryCause;
import cat.xarxa.advisory.EntryId;
import cat.xarxa.advisory.EntryKind;
import cat.xarxa.advisory.ExpireHourBank;
import cat.xarxa.advisory.HourBank;
import cat.xarxa.advisory.HourBankReport;
import cat.xarxa.advisory.HoursEntered;
import cat.xarxa.advisory.LedgerEntry;
import cat.xarxa.advisory.MergeAdvisories;
import cat.xarxa.advisory.MergeSuggestion;
import cat.xarxa.advisory.OpenHourBank;
import cat.xarxa.advisory.ProductId;
import cat.xarxa.advisory.ProductRecorded;
import cat.xarxa.advisory.RequestAdvisory;
import cat.xarxa.advisory.RequestId;
import cat.xarxa.advisory.ScheduleSession;
import cat.xarxa.advisory.Session;
import cat.xarxa.advisory.SessionId;
import cat.xarxa.advisory.SessionStatus;
import cat.xarxa.advisory.UnmergeRequest;
import cat.xarxa.common.Decision;
import cat.xarxa.common.Hours;
import cat.xarxa.common.IdSource;
import cat.xarxa.common.Reason;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.Membership;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

/** {@link Advisories} over a store: each command is one unit of work, retried if a bank changed meanwhile. */
final class AdvisoryDesk implements Advisories {

    private final UnitOfWork work;
    private final IdSource ids;
    private final Membership members;
    private final List<String> topics;
    private final Map<String, cat.xarxa.advisory.AdvisoryPackage> packages;

    AdvisoryDesk(UnitOfWork work, IdSource ids, Membership members, List<String> topics,
                 Map<String, cat.xarxa.advisory.AdvisoryPackage> packages) {
        this.work = work;
        this.ids = ids;
        this.members = members;
        this.topics = List.copyOf(topics);
        this.packages = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(packages));
    }

    /** The entries one command adds to a bank, checked one by one against its balance. */
    private final class Ledger {
        private final UnitOfWork.Scope scope;
        private HourBank bank;
        private final List<LedgerEntry> entries = new ArrayList<>();
        private final List<Reason> problems = new ArrayList<>();

        Ledger(UnitOfWork.Scope scope, HourBank bank) {
            this.scope = scope;
            this.bank = bank;
        }

        void enter(EntryKind kind, EntryCause cause, Hours hours, LocalDate on, String reference, AdvisoryId advisory,
                   SessionId session) {
            if (hours.isZero() && kind != EntryKind.GRANT && kind != EntryKind.ENLARGEMENT) {
                return;
            }
            LedgerEntry entry = new LedgerEntry(new EntryId(ids.nextId()), bank.period(), kind, cause, hours, on,
                    scope.actor(), reference, advisory, session);
            Decision<HourBank> next = bank.apply(entry);
            if (next.isRejected()) {
                problems.addAll(next.reasons());
                return;
            }
            bank = next.orElseThrow();
            entries.add(entry);
        }

        /** The entries that move an advisory from one state to the next. */
        void follow(Advisory before, Advisory after, EntryCause cause, LocalDate on, String reference, SessionId session) {
            Hours consumed = after.consumed().minus(before.consumed());
            enter(EntryKind.CONSUMPTION, EntryCause.SESSION_DELIVERED, consumed, on, reference, after.id(), session);
            Hours heldBefore = before.reserved().minus(consumed);
            if (after.reserved().isLongerThan(heldBefore)) {
                enter(EntryKind.RESERVATION, cause, after.reserved().minus(heldBefore), on, reference, after.id(), session);
            } else {
                enter(EntryKind.RELEASE, cause, heldBefore.minus(after.reserved()), on, reference, after.id(), session);
            }
        }

        boolean refused() {
            return !problems.isEmpty();
        }

        HourBank write() {
            if (entries.isEmpty()) {
                return bank;
            }
            long version = scope.tx().advisories().save(bank);
            bank = bank.withVersion(version);
            for (LedgerEntry entry : entries) {
                scope.tx().advisories().add(entry);
                scope.record(Decision.accepted(entry, new HoursEntered(entry)), version);
            }
            return bank;
        }
    }

    private Decision<Advisory> store(UnitOfWork.Scope scope, Advisory advisory, String change) {
        long version = scope.tx().advisories().save(advisory);
        Advisory stored = advisory.withVersion(version);
        return scope.record(Decision.accepted(stored, new AdvisoryChanged(stored, change)), version);
    }

    @Override
    public Decision<HourBank> openBank(OpenHourBank command) {
        return work.retrying(() -> work.run(scope -> {
            List<Reason> problems = new ArrayList<>();
            if (command.until().isBefore(command.from())) {
                problems.add(Reason.of("advisory.period-dates", command.from(), command.until()));
            }
            if (scope.tx().advisories().bank(command.period()).isPresent()) {
                problems.add(Reason.of("advisory.bank-exists", command.period()));
            }
            try (Stream<HourBank> banks = scope.tx().advisories().banks()) {
                banks.filter(b -> !b.period().equals(command.period()) && !b.from().isAfter(command.until())
                                && !command.from().isAfter(b.until()))
                        .forEach(b -> problems.add(Reason.of("advisory.period-overlaps", command.period(), b.period())));
            }
            if (command.grant().isZero()) {
                problems.add(Reason.of("advisory.hours-not-positive", command.grant()));
            }
            if (!problems.isEmpty()) {
                return Decision.rejected(problems);
            }
            Ledger ledger = new Ledger(scope, HourBank.empty(command.period(), command.from(), command.until()));
            ledger.enter(EntryKind.GRANT, EntryCause.DECISION, command.grant(), command.on(), command.decision(), null, null);
            return Decision.<HourBank>accepted(ledger.write(), List.of());
        }));
    }

    @Override
    public Decision<HourBank> enlarge(EnlargeHourBank command) {
        return work.retrying(() -> work.run(scope -> {
            Optional<HourBank> bank = scope.tx().advisories().bank(command.period());
            if (bank.isEmpty()) {
                return Decision.rejected(Reason.of("advisory.no-bank", command.period()));
            }
            if (command.hours().isZero()) {
                return Decision.rejected(Reason.of("advisory.hours-not-positive", command.hours()));
            }
            Ledger ledger = new Ledger(scope, bank.get());
            ledger.enter(EntryKind.ENLARGEMENT, EntryCause.DECISION, command.hours(), command.on(), command.decision(),
                    null, null);
            return Decision.<HourBank>accepted(ledger.write(), List.of());
        }));
    }

    @Override
    public Decision<Advisory> request(RequestAdvisory command) {
        List<Reason> rights = ServiceRights.problems(members, command.member(), command.requestedOn(),
                "advisory.no-service-rights");
        if (!rights.isEmpty()) {
            return Decision.rejected(rights);
        }
        return work.retrying(() -> work.run(scope -> {
            List<Reason> problems = new ArrayList<>();
            if (scope.tx().people().find(command.person()).isEmpty()) {
                problems.add(Reason.of("person.not-found", command.person()));
            }
            if (!topics.contains(command.topic())) {
                problems.add(Reason.of("advisory.unknown-topic", command.topic(), String.join(", ", topics)));
            }
            if (!command.pkg().isValid()) {
                problems.add(Reason.of("advisory.hours-not-positive", command.pkg().hours()));
            }
            Optional<HourBank> bank = bankCovering(scope, command.requestedOn());
            if (bank.isEmpty()) {
                problems.add(Reason.of("advisory.no-bank-on", command.requestedOn()));
            }
            if (!problems.isEmpty()) {
                return Decision.rejected(problems);
            }
            AdvisoryRequest request = new AdvisoryRequest(new RequestId(ids.nextId()), command.member(), command.person(),
                    command.topic(), command.details() == null ? "" : command.details().trim(), command.format(),
                    command.pkg(), command.requestedOn());
            Advisory advisory = Advisory.forRequest(new AdvisoryId(ids.nextId()), bank.get().period(), request);
            Ledger ledger = new Ledger(scope, bank.get());
            ledger.enter(EntryKind.RESERVATION, EntryCause.REQUEST, advisory.reserved(), command.requestedOn(),
                    request.id().toString(), advisory.id(), null);
            if (ledger.refused()) {
                return Decision.rejected(ledger.problems);
            }
            ledger.write();
            return store(scope, advisory, "AdvisoryRequested");
        }));
    }

    private static Optional<HourBank> bankCovering(UnitOfWork.Scope scope, LocalDate date) {
        try (Stream<HourBank> banks = scope.tx().advisories().banks()) {
            return banks.filter(b -> b.covers(date)).findFirst();
        }
    }

    @Override
    public List<MergeSuggestion> mergeSuggestions(String period, int windowDays) {
        return work.read(tx -> {
            Map<String, List<Advisory>> byTopic = new TreeMap<>();
            tx.advisories().advisoriesIn(period).stream()
                    .filter(a -> a.status() == AdvisoryStatus.OPEN && a.sessions().isEmpty() && !a.requests().isEmpty())
                    .sorted(Comparator.comparing((Advisory a) -> a.requests().get(0).requestedOn())
                            .thenComparing(a -> a.id().toString()))
                    .forEach(a -> byTopic.computeIfAbsent(a.topic(), t -> new ArrayList<>()).add(a));
            List<MergeSuggestion> suggestions = new ArrayList<>();
            byTopic.forEach((topic, open) -> {
                List<Advisory> group = new ArrayList<>();
                for (Advisory advisory : open) {
                    LocalDate first = group.isEmpty() ? null : group.get(0).requests().get(0).requestedOn();
                    if (first != null && ChronoUnit.DAYS.between(first, advisory.requests().get(0).requestedOn()) > windowDays) {
                        suggest(topic, group, suggestions);
                        group = new ArrayList<>();
                    }
                    group.add(advisory);
                }
                suggest(topic, group, suggestions);
            });
            return suggestions;
        });
    }

    /** Suggests a group if it joins at least two councils; a council's second request is left out. */
    private static void suggest(String topic, List<Advisory> group, List<MergeSuggestion> suggestions) {
        Set<MemberId> councils = new HashSet<>();
        List<AdvisoryId> ids = new ArrayList<>();
        for (Advisory advisory : group) {
            if (advisory.members().stream().noneMatch(councils::contains)) {
                councils.addAll(advisory.members());
                ids.add(advisory.id());
            }
        }
        if (ids.size() >= 2) {
            suggestions.add(new MergeSuggestion(topic, ids));
        }
    }

    @Override
    public Decision<Advisory> merge(MergeAdvisories command) {
        return work.retrying(() -> work.run(scope -> {
            List<Advisory> found = new ArrayList<>();
            List<Reason> problems = new ArrayList<>();
            for (AdvisoryId id : command.advisories()) {
                scope.tx().advisories().advisory(id).ifPresentOrElse(found::add,
                        () -> problems.add(Reason.of("advisory.not-found", id)));
            }
            if (new HashSet<>(command.advisories()).size() != command.advisories().size()) {
                problems.add(Reason.of("advisory.merge-twice"));
            }
            if (!problems.isEmpty()) {
                return Decision.rejected(problems);
            }
            Advisory joint = found.get(0);
            List<Advisory> others = found.subList(1, found.size());
            Decision<Advisory> merged = joint.absorb(others);
            if (merged.isRejected()) {
                return merged;
            }
            Ledger ledger = new Ledger(scope, scope.tx().advisories().bank(joint.period()).orElseThrow());
            for (Advisory other : others) {
                Advisory gone = other.mergedInto(joint.id());
                ledger.follow(other, gone, EntryCause.MERGE, command.on(), "merged into " + joint.id(), null);
                store(scope, gone, "AdvisoryMerged");
            }
            ledger.write();
            return store(scope, merged.orElseThrow(), "AdvisoriesMerged");
        }));
    }

    @Override
    public Decision<Advisory> unmerge(UnmergeRequest command) {
        return work.retrying(() -> changing(command.advisory(), joint -> {
            Decision<Advisory> rest = joint.without(command.request());
            if (rest.isRejected()) {
                return new Change(rest, null);
            }
            AdvisoryRequest request = joint.requests().stream().filter(r -> r.id().equals(command.request())).findFirst()
                    .orElseThrow();
            return new Change(rest, Advisory.forRequest(new AdvisoryId(ids.nextId()), joint.period(), request));
        }, EntryCause.UNMERGE, command.on(), "RequestUnmerged", null));
    }

    @Override
    public Decision<Advisory> assign(cat.xarxa.advisory.AssignProvider command) {
        return work.retrying(() -> work.run(scope -> {
            Optional<Advisory> advisory = scope.tx().advisories().advisory(command.advisory());
            List<Reason> problems = new ArrayList<>();
            if (advisory.isEmpty()) {
                problems.add(Reason.of("advisory.not-found", command.advisory()));
            }
            if (command.provider().person() != null && scope.tx().people().find(command.provider().person()).isEmpty()) {
                problems.add(Reason.of("person.not-found", command.provider().person()));
            }
            Stream.of(command.provider().partner(), command.coProvider()).filter(p -> p != null)
                    .filter(p -> scope.tx().partners().find(p).isEmpty())
                    .forEach(p -> problems.add(Reason.of("partner.not-found", p)));
            if (!problems.isEmpty()) {
                return Decision.rejected(problems);
            }
            Decision<Advisory> assigned = advisory.get().assign(command.provider(), command.coProvider());
            return assigned.isRejected() ? assigned : store(scope, assigned.orElseThrow(), "ProviderAssigned");
        }));
    }

    @Override
    public Decision<Advisory> schedule(ScheduleSession command) {
        Session session = new Session(new SessionId(ids.nextId()), command.start(), command.end(), command.format(),
                SessionStatus.PLANNED, Hours.ZERO, List.of());
        return work.retrying(() -> changing(command.advisory(), a -> new Change(a.schedule(session), null),
                EntryCause.ADJUSTMENT, command.start().toLocalDate(), "SessionScheduled", session.id()));
    }

    @Override
    public Decision<Advisory> deliver(DeliverSession command) {
        return work.retrying(() -> changing(command.advisory(),
                a -> new Change(a.deliver(command.session(), command.took(), command.attended()), null),
                EntryCause.SESSION_DELIVERED, command.on(), "SessionDelivered", command.session()));
    }

    @Override
    public Decision<Advisory> cancelSession(CancelSession command) {
        return work.retrying(() -> changing(command.advisory(), a -> new Change(a.cancelSession(command.session()), null),
                EntryCause.SESSION_CANCELLED, command.on(), "SessionCancelled", command.session()));
    }

    @Override
    public Decision<Advisory> adjust(AdjustReservation command) {
        return work.retrying(() -> changing(command.advisory(), a -> new Change(a.adjust(command.extra()), null),
                EntryCause.ADJUSTMENT, command.on(), "ReservationAdjusted", null));
    }

    @Override
    public Decision<Advisory> complete(CompleteAdvisory command) {
        return work.retrying(() -> changing(command.advisory(), a -> new Change(a.complete(), null),
                EntryCause.COMPLETED, command.on(), "AdvisoryCompleted", null));
    }

    @Override
    public Decision<Advisory> cancel(CancelAdvisory command) {
        return work.retrying(() -> changing(command.advisory(), a -> new Change(a.cancel(), null),
                EntryCause.CANCELLED, command.on(), "AdvisoryCancelled", null));
    }

    /** What a change made of an advisory, and the advisory it split off, if any. */
    private record Change(Decision<Advisory> changed, Advisory splitOff) {
    }

    /**
     * Changes one advisory, enters what that moves in the bank and stores both; a change that
     * splits a request off stores the new advisory too and answers with it.
     */
    private Decision<Advisory> changing(AdvisoryId id, Function<Advisory, Change> change, EntryCause cause, LocalDate on,
                                        String event, SessionId session) {
        return work.run(scope -> {
            Optional<Advisory> found = scope.tx().advisories().advisory(id);
            if (found.isEmpty()) {
                return Decision.rejected(Reason.of("advisory.not-found", id));
            }
            Advisory before = found.get();
            Change made = change.apply(before);
            if (made.changed().isRejected()) {
                return made.changed();
            }
            Advisory after = made.changed().orElseThrow();
            Ledger ledger = new Ledger(scope, scope.tx().advisories().bank(before.period()).orElseThrow());
            ledger.follow(before, after, cause, on, event, session);
            if (made.splitOff() != null) {
                ledger.enter(EntryKind.RESERVATION, cause, made.splitOff().reserved(), on,
                        made.splitOff().requests().get(0).id().toString(), made.splitOff().id(), null);
            }
            if (ledger.refused()) {
                return Decision.rejected(ledger.problems);
            }
            ledger.write();
            Decision<Advisory> stored = store(scope, after, event);
            return made.splitOff() == null ? stored : store(scope, made.splitOff(), "AdvisoryRequested");
        });
    }

    @Override
    public Decision<HourBank> expire(ExpireHourBank command) {
        return work.retrying(() -> work.run(scope -> {
            Optional<HourBank> bank = scope.tx().advisories().bank(command.period());
            if (bank.isEmpty()) {
                return Decision.rejected(Reason.of("advisory.no-bank", command.period()));
            }
            if (!command.on().isAfter(bank.get().until())) {
                return Decision.rejected(Reason.of("advisory.period-not-ended", command.period(), bank.get().until()));
            }
            Ledger ledger = new Ledger(scope, bank.get());
            ledger.enter(EntryKind.EXPIRY, EntryCause.PERIOD_END, bank.get().available(), command.on(), "", null, null);
            return Decision.<HourBank>accepted(ledger.write(), List.of());
        }));
    }

    @Override
    public Decision<AdvisoryProduct> addProduct(AddProduct command) {
        return work.run(scope -> {
            Optional<Advisory> advisory = scope.tx().advisories().advisory(command.advisory());
            if (advisory.isEmpty()) {
                return Decision.rejected(Reason.of("advisory.not-found", command.advisory()));
            }
            AdvisoryProduct product = new AdvisoryProduct(new ProductId(ids.nextId()), advisory.get().id(),
                    advisory.get().topic(), command.kind(), command.title(), command.summary(), command.link(),
                    command.publish(), 0);
            long version = scope.tx().advisories().save(product);
            AdvisoryProduct stored = product.withVersion(version);
            return scope.record(Decision.accepted(stored, new ProductRecorded(stored, "ProductAdded")), version);
        });
    }

    @Override
    public Decision<AdvisoryProduct> publish(ProductId product) {
        return work.run(scope -> scope.tx().advisories().product(product).map(found -> {
            AdvisoryProduct published = found.publishedVersion();
            long version = scope.tx().advisories().save(published);
            AdvisoryProduct stored = published.withVersion(version);
            return scope.record(Decision.accepted(stored, new ProductRecorded(stored, "ProductPublished")), version);
        }).orElseGet(() -> Decision.rejected(Reason.of("advisory.product-not-found", product))));
    }

    @Override
    public Optional<HourBank> bank(String period) {
        return work.read(tx -> tx.advisories().bank(period));
    }

    @Override
    public List<LedgerEntry> ledger(String period) {
        return work.read(tx -> tx.advisories().ledger(period));
    }

    @Override
    public Optional<Advisory> advisory(AdvisoryId id) {
        return work.read(tx -> tx.advisories().advisory(id));
    }

    @Override
    public List<Advisory> advisoriesIn(String period) {
        return work.read(tx -> tx.advisories().advisoriesIn(period));
    }

    @Override
    public List<Advisory> advisoriesOf(MemberId member) {
        return work.read(tx -> {
            try (Stream<Advisory> all = tx.advisories().advisories()) {
                return all.filter(a -> a.members().contains(member)).toList();
            }
        });
    }

    @Override
    public List<AdvisoryProduct> publishedOn(String topic) {
        return work.read(tx -> {
            try (Stream<AdvisoryProduct> all = tx.advisories().products()) {
                return all.filter(p -> p.published() && p.topic().equals(topic)).toList();
            }
        });
    }

    @Override
    public HourBankReport report(String period) {
        return work.read(tx -> {
            HourBank bank = tx.advisories().bank(period)
                    .orElse(HourBank.empty(period, LocalDate.MIN, LocalDate.MIN));
            Map<String, Hours> byTopic = new HashMap<>();
            Map<MemberId, Hours> byMember = new HashMap<>();
            Map<String, Hours> byProvider = new HashMap<>();
            long joint = 0;
            long individual = 0;
            for (Advisory advisory : tx.advisories().advisoriesIn(period)) {
                if (advisory.status() == AdvisoryStatus.MERGED || advisory.status() == AdvisoryStatus.CANCELLED
                        && advisory.consumed().isZero()) {
                    continue;
                }
                if (advisory.isJoint()) {
                    joint++;
                } else {
                    individual++;
                }
                byTopic.merge(advisory.topic(), advisory.consumed(), Hours::plus);
                byProvider.merge(advisory.provider().key(), advisory.consumed(), Hours::plus);
                for (MemberId member : new HashSet<>(advisory.members())) {
                    byMember.merge(member, advisory.consumed(), Hours::plus);
                }
            }
            long saved = 0;
            for (LedgerEntry entry : tx.advisories().ledger(period)) {
                if (entry.cause() == EntryCause.MERGE && entry.kind() == EntryKind.RELEASE) {
                    saved += entry.hours().toMinutes();
                } else if (entry.cause() == EntryCause.UNMERGE && entry.kind() == EntryKind.RESERVATION) {
                    saved -= entry.hours().toMinutes();
                }
            }
            return new HourBankReport(period, bank.granted(), bank.reserved(), bank.consumed(), bank.expired(),
                    bank.available(), byTopic, byMember, byProvider, joint, individual, Hours.ofMinutes(Math.max(0, saved)));
        });
    }

    @Override
    public List<String> topics() {
        return topics;
    }

    @Override
    public Map<String, cat.xarxa.advisory.AdvisoryPackage> packages() {
        return packages;
    }
}
