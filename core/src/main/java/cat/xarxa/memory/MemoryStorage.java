package cat.xarxa.memory;

import cat.xarxa.common.ConcurrentUpdateException;
import cat.xarxa.care.Contact;
import cat.xarxa.care.Need;
import cat.xarxa.care.OnboardingMeeting;
import cat.xarxa.common.JournalEntry;
import cat.xarxa.advisory.Advisory;
import cat.xarxa.advisory.AdvisoryProduct;
import cat.xarxa.advisory.HourBank;
import cat.xarxa.advisory.LedgerEntry;
import cat.xarxa.fee.FeeAssessment;
import cat.xarxa.workinggroup.BudgetEntry;
import cat.xarxa.workinggroup.GroupBudget;
import cat.xarxa.workinggroup.WorkingGroup;
import cat.xarxa.mentorship.MentorProfile;
import cat.xarxa.mentorship.Mentorship;
import cat.xarxa.fee.FeePolicy;
import cat.xarxa.fee.Payment;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberKind;
import cat.xarxa.member.Person;
import cat.xarxa.member.PersonEvent;
import cat.xarxa.member.PersonId;
import cat.xarxa.partner.Partner;
import cat.xarxa.spi.Storage;
import cat.xarxa.spi.Transaction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The committed state, guarded by this object's monitor. Each transaction writes to its own
 * overlay and is checked again at commit, so it behaves like a database with optimistic
 * concurrency: a unit of work sees its own changes, others see them only after commit.
 */
final class MemoryStorage implements Storage {

    private final TreeMap<String, Member> members = new TreeMap<>();
    private final TreeMap<String, Person> people = new TreeMap<>();
    final MemoryTable<Partner> partners = new MemoryTable<>(Partner.AGGREGATE_TYPE, p -> p.id().toString(),
            Partner::version, Partner::withVersion);
    final MemoryTable<Need> needs = new MemoryTable<>(Need.AGGREGATE_TYPE, n -> n.id().toString(),
            Need::version, Need::withVersion);
    // Log entries are written once: version 0 before, 1 after, never changed.
    final MemoryTable<Contact> contacts = new MemoryTable<>(Contact.AGGREGATE_TYPE, c -> c.id().toString(),
            c -> 0L, (c, version) -> c);
    final MemoryTable<OnboardingMeeting> meetings = new MemoryTable<>(OnboardingMeeting.AGGREGATE_TYPE,
            m -> m.id().toString(), m -> 0L, (m, version) -> m);
    // Policies and payments are written once, like log entries; an assessment's slot (member and
    // year) is taken once, so two runs racing for the same member cannot both commit.
    final MemoryTable<FeePolicy> feePolicies = new MemoryTable<>(FeePolicy.AGGREGATE_TYPE,
            p -> String.format("%04d", p.year()), p -> 0L, (p, version) -> p);
    final MemoryTable<FeeAssessment> assessments = new MemoryTable<>(FeeAssessment.AGGREGATE_TYPE,
            a -> a.id().toString(), FeeAssessment::version, FeeAssessment::withVersion);
    final MemoryTable<FeeAssessment> assessmentSlots = new MemoryTable<>(FeeAssessment.AGGREGATE_TYPE,
            a -> a.member() + "/" + a.year(), a -> 0L, (a, version) -> a);
    final MemoryTable<Payment> payments = new MemoryTable<>(Payment.AGGREGATE_TYPE, p -> p.id().toString(),
            p -> 0L, (p, version) -> p);
    // A bank's ledger entries and products only grow; a bank and an advisory carry versions.
    final MemoryTable<HourBank> banks = new MemoryTable<>(HourBank.AGGREGATE_TYPE, HourBank::period,
            HourBank::version, HourBank::withVersion);
    final MemoryTable<LedgerEntry> ledger = new MemoryTable<>(LedgerEntry.AGGREGATE_TYPE, e -> e.id().toString(),
            e -> 0L, (e, version) -> e);
    final MemoryTable<Advisory> advisories = new MemoryTable<>(Advisory.AGGREGATE_TYPE, a -> a.id().toString(),
            Advisory::version, Advisory::withVersion);
    final MemoryTable<AdvisoryProduct> products = new MemoryTable<>(AdvisoryProduct.AGGREGATE_TYPE,
            p -> p.id().toString(), AdvisoryProduct::version, AdvisoryProduct::withVersion);
    final MemoryTable<MentorProfile> mentorProfiles = new MemoryTable<>(MentorProfile.AGGREGATE_TYPE,
            p -> p.person().toString(), MentorProfile::version, MentorProfile::withVersion);
    final MemoryTable<Mentorship> mentorships = new MemoryTable<>(Mentorship.AGGREGATE_TYPE, m -> m.id().toString(),
            Mentorship::version, Mentorship::withVersion);
    final MemoryTable<WorkingGroup> workingGroups = new MemoryTable<>(WorkingGroup.AGGREGATE_TYPE, g -> g.id().toString(),
            WorkingGroup::version, WorkingGroup::withVersion);
    final MemoryTable<GroupBudget> groupBudgets = new MemoryTable<>(BudgetEntry.AGGREGATE_TYPE,
            b -> b.group() + "/" + String.format("%04d", b.year()), GroupBudget::version, GroupBudget::withVersion);
    final MemoryTable<BudgetEntry> budgetEntries = new MemoryTable<>(BudgetEntry.AGGREGATE_TYPE, e -> e.id().toString(),
            e -> 0L, (e, version) -> e);
    final MemoryTable<cat.xarxa.governance.BodySeat> seats = new MemoryTable<>(cat.xarxa.governance.BodySeat.AGGREGATE_TYPE,
            s -> s.id().toString(), cat.xarxa.governance.BodySeat::version, cat.xarxa.governance.BodySeat::withVersion);
    final MemoryTable<cat.xarxa.governance.NetworkEvent> events = new MemoryTable<>(
            cat.xarxa.governance.NetworkEvent.AGGREGATE_TYPE, e -> e.id().toString(),
            cat.xarxa.governance.NetworkEvent::version, cat.xarxa.governance.NetworkEvent::withVersion);
    // A decision is added once and never changed; its reference is unique too.
    final MemoryTable<cat.xarxa.governance.AssemblyDecision> decisions = new MemoryTable<>(
            cat.xarxa.governance.AssemblyDecision.AGGREGATE_TYPE, d -> d.id().toString(), d -> 0L, (d, version) -> d);
    final MemoryTable<cat.xarxa.governance.AssemblyDecision> decisionReferences = new MemoryTable<>(
            cat.xarxa.governance.AssemblyDecision.AGGREGATE_TYPE, cat.xarxa.governance.AssemblyDecision::reference,
            d -> 0L, (d, version) -> d);
    final MemoryTable<cat.xarxa.workplan.WorkPlan> workPlans = new MemoryTable<>(cat.xarxa.workplan.WorkPlan.AGGREGATE_TYPE,
            p -> p.id().toString(), cat.xarxa.workplan.WorkPlan::version, cat.xarxa.workplan.WorkPlan::withVersion);
    final MemoryTable<cat.xarxa.practice.PracticeCall> practiceCalls = new MemoryTable<>(
            cat.xarxa.practice.PracticeCall.AGGREGATE_TYPE, c -> c.id().toString(),
            cat.xarxa.practice.PracticeCall::version, cat.xarxa.practice.PracticeCall::withVersion);
    final MemoryTable<cat.xarxa.practice.PracticeSubmission> submissions = new MemoryTable<>(
            cat.xarxa.practice.PracticeSubmission.AGGREGATE_TYPE, s -> s.id().toString(),
            cat.xarxa.practice.PracticeSubmission::version, cat.xarxa.practice.PracticeSubmission::withVersion);
    final MemoryTable<cat.xarxa.practice.Training> trainings = new MemoryTable<>(cat.xarxa.practice.Training.AGGREGATE_TYPE,
            t -> t.id().toString(), cat.xarxa.practice.Training::version, cat.xarxa.practice.Training::withVersion);
    private final Map<String, String> byOfficialCode = new HashMap<>();
    private final List<JournalEntry> journal = new ArrayList<>();
    private final java.util.concurrent.atomic.AtomicLong sequence = new java.util.concurrent.atomic.AtomicLong();

    long nextSequence() {
        return sequence.incrementAndGet();
    }

    @Override
    public String name() {
        return MemoryStorageProvider.NAME;
    }

    @Override
    public <T> T transaction(Function<Transaction, T> work) {
        MemoryTransaction transaction = new MemoryTransaction(this);
        T result = work.apply(transaction);
        commit(transaction);
        return result;
    }

    private synchronized void commit(MemoryTransaction transaction) {
        for (Map.Entry<MemberId, Long> base : transaction.baseVersions().entrySet()) {
            Member current = members.get(base.getKey().toString());
            long currentVersion = current == null ? 0 : current.version();
            if (currentVersion != base.getValue()) {
                throw new ConcurrentUpdateException(Member.AGGREGATE_TYPE, base.getKey().toString(), base.getValue());
            }
        }
        transaction.overlays().forEach(MemoryTable.Overlay::check);
        for (Partner written : transaction.partnerOverlay().writtenRecords()) {
            boolean nameTaken = transaction.partnerOverlay().all()
                    .anyMatch(p -> !p.id().equals(written.id()) && p.name().equals(written.name()));
            if (nameTaken) {
                throw new ConcurrentUpdateException(Partner.AGGREGATE_TYPE, written.id().toString(), (Throwable) null);
            }
        }
        for (Map.Entry<PersonId, Long> base : transaction.basePersonVersions().entrySet()) {
            Person current = people.get(base.getKey().toString());
            if ((current == null ? 0 : current.version()) != base.getValue()) {
                throw new ConcurrentUpdateException(PersonEvent.AGGREGATE_TYPE, base.getKey().toString(), base.getValue());
            }
        }
        for (Member written : transaction.writtenMembers()) {
            Optional<Member> clash = committedMember(written.kind(), written.officialCode())
                    .filter(m -> !m.id().equals(written.id()));
            if (clash.isPresent()) {
                throw new ConcurrentUpdateException(Member.AGGREGATE_TYPE, written.id().toString(), (Throwable) null);
            }
        }
        for (Member written : transaction.writtenMembers()) {
            Member before = members.put(written.id().toString(), written);
            if (before != null) {
                byOfficialCode.remove(codeKey(before.kind(), before.officialCode()));
            }
            byOfficialCode.put(codeKey(written.kind(), written.officialCode()), written.id().toString());
        }
        transaction.writtenPeople().forEach(p -> people.put(p.id().toString(), p));
        transaction.overlays().forEach(MemoryTable.Overlay::apply);
        journal.addAll(transaction.pendingEntries());
        journal.sort(java.util.Comparator.comparingLong(JournalEntry::sequence));
    }

    synchronized Optional<Member> committedMember(MemberId id) {
        return Optional.ofNullable(members.get(id.toString()));
    }

    synchronized Optional<Member> committedMember(MemberKind kind, String officialCode) {
        return Optional.ofNullable(byOfficialCode.get(codeKey(kind, officialCode))).map(members::get);
    }

    private static String codeKey(MemberKind kind, String officialCode) {
        return kind.name() + '\u0000' + officialCode;
    }

    synchronized Optional<Person> committedPerson(PersonId id) {
        return Optional.ofNullable(people.get(id.toString()));
    }

    synchronized List<Person> committedPeople() {
        return new ArrayList<>(people.values());
    }

    synchronized List<Member> committedMembers() {
        return new ArrayList<>(members.values());
    }

    synchronized List<JournalEntry> committedEntries(Predicate<JournalEntry> condition) {
        return journal.stream().filter(condition).toList();
    }

    synchronized long journalSize() {
        return journal.size();
    }

    @Override
    public synchronized void close() {
        members.clear();
        people.clear();
        partners.clear();
        needs.clear();
        contacts.clear();
        meetings.clear();
        feePolicies.clear();
        assessments.clear();
        assessmentSlots.clear();
        payments.clear();
        banks.clear();
        ledger.clear();
        advisories.clear();
        products.clear();
        mentorProfiles.clear();
        mentorships.clear();
        workingGroups.clear();
        groupBudgets.clear();
        budgetEntries.clear();
        seats.clear();
        events.clear();
        decisions.clear();
        decisionReferences.clear();
        workPlans.clear();
        practiceCalls.clear();
        submissions.clear();
        trainings.clear();
        byOfficialCode.clear();
        journal.clear();
    }
}
