package cat.xarxa.memory;

import cat.xarxa.care.CareLog;
import cat.xarxa.care.Contact;
import cat.xarxa.care.Need;
import cat.xarxa.care.NeedId;
import cat.xarxa.care.Needs;
import cat.xarxa.care.OnboardingMeeting;
import cat.xarxa.advisory.Advisory;
import cat.xarxa.advisory.AdvisoryId;
import cat.xarxa.advisory.AdvisoryProduct;
import cat.xarxa.advisory.AdvisoryRecords;
import cat.xarxa.advisory.HourBank;
import cat.xarxa.advisory.LedgerEntry;
import cat.xarxa.advisory.ProductId;
import cat.xarxa.common.ConcurrentUpdateException;
import cat.xarxa.workinggroup.BudgetEntry;
import cat.xarxa.workinggroup.GroupBudget;
import cat.xarxa.workinggroup.WorkingGroup;
import cat.xarxa.workinggroup.WorkingGroupId;
import cat.xarxa.workinggroup.WorkingGroupRecords;
import cat.xarxa.mentorship.MentorProfile;
import cat.xarxa.mentorship.Mentorship;
import cat.xarxa.mentorship.MentorshipId;
import cat.xarxa.mentorship.MentorshipRecords;
import cat.xarxa.fee.AssessmentId;
import cat.xarxa.fee.FeeAssessment;
import cat.xarxa.fee.FeePolicy;
import cat.xarxa.fee.FeeRecords;
import cat.xarxa.fee.Payment;
import cat.xarxa.common.JournalEntry;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberKind;
import cat.xarxa.member.Members;
import cat.xarxa.member.People;
import cat.xarxa.member.Person;
import cat.xarxa.member.PersonEvent;
import cat.xarxa.member.PersonId;
import cat.xarxa.partner.Partner;
import cat.xarxa.partner.PartnerId;
import cat.xarxa.partner.Partners;
import cat.xarxa.spi.Journal;
import cat.xarxa.spi.Transaction;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/** One unit of work over {@link MemoryStorage}: its own writes, checked again at commit. */
final class MemoryTransaction implements Transaction, Members, Journal {

    private final MemoryStorage storage;
    private final Map<MemberId, Member> written = new LinkedHashMap<>();
    private final Map<MemberId, Long> baseVersions = new LinkedHashMap<>();
    private final List<JournalEntry> pending = new ArrayList<>();
    private final Map<PersonId, Person> writtenPeople = new LinkedHashMap<>();
    private final Map<PersonId, Long> basePersonVersions = new LinkedHashMap<>();

    private final MemoryTable<Partner>.Overlay partnerWrites;
    private final MemoryTable<Need>.Overlay needWrites;
    private final MemoryTable<Contact>.Overlay contactWrites;
    private final MemoryTable<OnboardingMeeting>.Overlay meetingWrites;

    private final MemoryTable<FeePolicy>.Overlay policyWrites;
    private final MemoryTable<FeeAssessment>.Overlay assessmentWrites;
    private final MemoryTable<FeeAssessment>.Overlay assessmentSlotWrites;
    private final MemoryTable<Payment>.Overlay paymentWrites;

    private final MemoryTable<HourBank>.Overlay bankWrites;
    private final MemoryTable<LedgerEntry>.Overlay ledgerWrites;
    private final MemoryTable<Advisory>.Overlay advisoryWrites;
    private final MemoryTable<AdvisoryProduct>.Overlay productWrites;

    private final MemoryTable<MentorProfile>.Overlay profileWrites;
    private final MemoryTable<Mentorship>.Overlay mentorshipWrites;

    private final MemoryTable<WorkingGroup>.Overlay groupWrites;
    private final MemoryTable<GroupBudget>.Overlay groupBudgetWrites;
    private final MemoryTable<BudgetEntry>.Overlay budgetEntryWrites;

    private final MemoryTable<cat.xarxa.governance.BodySeat>.Overlay seatWrites;
    private final MemoryTable<cat.xarxa.governance.NetworkEvent>.Overlay eventWrites;
    private final MemoryTable<cat.xarxa.governance.AssemblyDecision>.Overlay decisionWrites;
    private final MemoryTable<cat.xarxa.governance.AssemblyDecision>.Overlay decisionReferenceWrites;
    private final MemoryTable<cat.xarxa.workplan.WorkPlan>.Overlay planWrites;
    private final MemoryTable<cat.xarxa.practice.PracticeCall>.Overlay callWrites;
    private final MemoryTable<cat.xarxa.practice.PracticeSubmission>.Overlay submissionWrites;
    private final MemoryTable<cat.xarxa.practice.Training>.Overlay trainingWrites;

    MemoryTransaction(MemoryStorage storage) {
        this.storage = storage;
        this.seatWrites = storage.seats.overlay(storage);
        this.eventWrites = storage.events.overlay(storage);
        this.decisionWrites = storage.decisions.overlay(storage);
        this.decisionReferenceWrites = storage.decisionReferences.overlay(storage);
        this.planWrites = storage.workPlans.overlay(storage);
        this.callWrites = storage.practiceCalls.overlay(storage);
        this.submissionWrites = storage.submissions.overlay(storage);
        this.trainingWrites = storage.trainings.overlay(storage);
        this.groupWrites = storage.workingGroups.overlay(storage);
        this.groupBudgetWrites = storage.groupBudgets.overlay(storage);
        this.budgetEntryWrites = storage.budgetEntries.overlay(storage);
        this.profileWrites = storage.mentorProfiles.overlay(storage);
        this.mentorshipWrites = storage.mentorships.overlay(storage);
        this.bankWrites = storage.banks.overlay(storage);
        this.ledgerWrites = storage.ledger.overlay(storage);
        this.advisoryWrites = storage.advisories.overlay(storage);
        this.productWrites = storage.products.overlay(storage);
        this.policyWrites = storage.feePolicies.overlay(storage);
        this.assessmentWrites = storage.assessments.overlay(storage);
        this.assessmentSlotWrites = storage.assessmentSlots.overlay(storage);
        this.paymentWrites = storage.payments.overlay(storage);
        this.partnerWrites = storage.partners.overlay(storage);
        this.needWrites = storage.needs.overlay(storage);
        this.contactWrites = storage.contacts.overlay(storage);
        this.meetingWrites = storage.meetings.overlay(storage);
    }

    List<MemoryTable<?>.Overlay> overlays() {
        return List.of(partnerWrites, needWrites, contactWrites, meetingWrites, policyWrites, assessmentWrites,
                assessmentSlotWrites, paymentWrites, bankWrites, ledgerWrites, advisoryWrites, productWrites, profileWrites, mentorshipWrites, groupWrites, groupBudgetWrites, budgetEntryWrites,
                seatWrites, eventWrites, decisionWrites, decisionReferenceWrites, planWrites, callWrites, submissionWrites,
                trainingWrites);
    }

    @Override
    public cat.xarxa.governance.GovernanceRecords governance() {
        return new MemoryGovernanceRecords(seatWrites, eventWrites, decisionWrites, decisionReferenceWrites);
    }

    @Override
    public cat.xarxa.workplan.WorkPlanRecords workPlans() {
        return new MemoryWorkPlanRecords(planWrites);
    }

    @Override
    public cat.xarxa.practice.PracticeRecords practices() {
        return new MemoryPracticeRecords(callWrites, submissionWrites, trainingWrites);
    }

    MemoryTable<Partner>.Overlay partnerOverlay() {
        return partnerWrites;
    }

    @Override
    public Partners partners() {
        return new Partners() {
            @Override
            public Optional<Partner> find(PartnerId id) {
                return partnerWrites.find(id.toString());
            }

            @Override
            public Optional<Partner> findByName(String name) {
                return partnerWrites.all().filter(p -> p.name().equals(name)).findFirst();
            }

            @Override
            public long save(Partner partner) {
                boolean nameTaken = partnerWrites.all()
                        .anyMatch(p -> !p.id().equals(partner.id()) && p.name().equals(partner.name()));
                if (nameTaken) {
                    throw new ConcurrentUpdateException(Partner.AGGREGATE_TYPE, partner.id().toString(), (Throwable) null);
                }
                return partnerWrites.save(partner);
            }

            @Override
            public Stream<Partner> all() {
                return partnerWrites.all();
            }
        };
    }

    @Override
    public Needs needs() {
        return new Needs() {
            @Override
            public Optional<Need> find(NeedId id) {
                return needWrites.find(id.toString());
            }

            @Override
            public long save(Need need) {
                return needWrites.save(need);
            }

            @Override
            public List<Need> ofMember(MemberId member) {
                return needWrites.all().filter(n -> n.member().equals(member))
                        .sorted(Comparator.comparing(Need::raisedOn).thenComparing(n -> n.id().toString())).toList();
            }

            @Override
            public Stream<Need> all() {
                return needWrites.all();
            }
        };
    }

    @Override
    public FeeRecords fees() {
        return new FeeRecords() {
            @Override
            public Optional<FeePolicy> policy(int year) {
                return policyWrites.find(String.format("%04d", year));
            }

            @Override
            public void add(FeePolicy policy) {
                policyWrites.save(policy);
            }

            @Override
            public Stream<FeePolicy> policies() {
                return policyWrites.all();
            }

            @Override
            public Optional<FeeAssessment> assessment(AssessmentId id) {
                return assessmentWrites.find(id.toString());
            }

            @Override
            public long save(FeeAssessment assessment) {
                if (assessment.version() == 0) {
                    assessmentSlotWrites.save(assessment);
                }
                return assessmentWrites.save(assessment);
            }

            @Override
            public List<FeeAssessment> assessmentsOf(MemberId member) {
                return assessmentWrites.all().filter(a -> a.member().equals(member))
                        .sorted(Comparator.comparingInt(FeeAssessment::year)).toList();
            }

            @Override
            public List<FeeAssessment> assessmentsIn(int year) {
                return assessmentWrites.all().filter(a -> a.year() == year).toList();
            }

            @Override
            public Stream<FeeAssessment> assessments() {
                return assessmentWrites.all();
            }

            @Override
            public void add(Payment payment) {
                paymentWrites.save(payment);
            }

            @Override
            public List<Payment> paymentsOf(MemberId member) {
                return paymentWrites.all().filter(p -> p.member().equals(member))
                        .sorted(Comparator.comparing(Payment::on).thenComparing(p -> p.id().toString())).toList();
            }

            @Override
            public Stream<Payment> payments() {
                return paymentWrites.all();
            }
        };
    }

    @Override
    public AdvisoryRecords advisories() {
        return new AdvisoryRecords() {
            @Override
            public Optional<HourBank> bank(String period) {
                return bankWrites.find(period);
            }

            @Override
            public long save(HourBank bank) {
                return bankWrites.save(bank);
            }

            @Override
            public Stream<HourBank> banks() {
                return bankWrites.all();
            }

            @Override
            public void add(LedgerEntry entry) {
                ledgerWrites.save(entry);
            }

            @Override
            public List<LedgerEntry> ledger(String period) {
                return ledgerWrites.all().filter(e -> e.period().equals(period))
                        .sorted(Comparator.comparing(LedgerEntry::on).thenComparing(e -> e.id().toString())).toList();
            }

            @Override
            public Stream<LedgerEntry> entries() {
                return ledgerWrites.all();
            }

            @Override
            public Optional<Advisory> advisory(AdvisoryId id) {
                return advisoryWrites.find(id.toString());
            }

            @Override
            public long save(Advisory advisory) {
                return advisoryWrites.save(advisory);
            }

            @Override
            public List<Advisory> advisoriesIn(String period) {
                return advisoryWrites.all().filter(a -> a.period().equals(period)).toList();
            }

            @Override
            public Stream<Advisory> advisories() {
                return advisoryWrites.all();
            }

            @Override
            public Optional<AdvisoryProduct> product(ProductId id) {
                return productWrites.find(id.toString());
            }

            @Override
            public long save(AdvisoryProduct product) {
                return productWrites.save(product);
            }

            @Override
            public Stream<AdvisoryProduct> products() {
                return productWrites.all();
            }
        };
    }

    @Override
    public MentorshipRecords mentorships() {
        return new MentorshipRecords() {
            @Override
            public Optional<MentorProfile> profile(PersonId person) {
                return profileWrites.find(person.toString());
            }

            @Override
            public long save(MentorProfile profile) {
                return profileWrites.save(profile);
            }

            @Override
            public Stream<MentorProfile> profiles() {
                return profileWrites.all();
            }

            @Override
            public Optional<Mentorship> mentorship(MentorshipId id) {
                return mentorshipWrites.find(id.toString());
            }

            @Override
            public long save(Mentorship mentorship) {
                return mentorshipWrites.save(mentorship);
            }

            @Override
            public List<Mentorship> ofPerson(PersonId person) {
                return mentorshipWrites.all().filter(m -> m.isParty(person)).toList();
            }

            @Override
            public Stream<Mentorship> mentorships() {
                return mentorshipWrites.all();
            }
        };
    }

    @Override
    public WorkingGroupRecords workingGroups() {
        return new WorkingGroupRecords() {
            @Override
            public Optional<WorkingGroup> group(WorkingGroupId id) {
                return groupWrites.find(id.toString());
            }

            @Override
            public long save(WorkingGroup group) {
                return groupWrites.save(group);
            }

            @Override
            public Stream<WorkingGroup> groups() {
                return groupWrites.all();
            }

            @Override
            public Optional<GroupBudget> budget(WorkingGroupId group, int year) {
                return groupBudgetWrites.find(group + "/" + String.format("%04d", year));
            }

            @Override
            public long save(GroupBudget budget) {
                return groupBudgetWrites.save(budget);
            }

            @Override
            public Stream<GroupBudget> budgets() {
                return groupBudgetWrites.all();
            }

            @Override
            public void add(BudgetEntry entry) {
                budgetEntryWrites.save(entry);
            }

            @Override
            public List<BudgetEntry> ledger(WorkingGroupId group, int year) {
                return budgetEntryWrites.all().filter(e -> e.group().equals(group) && e.year() == year)
                        .sorted(Comparator.comparing(BudgetEntry::on).thenComparing(e -> e.id().toString())).toList();
            }

            @Override
            public Stream<BudgetEntry> entries() {
                return budgetEntryWrites.all();
            }
        };
    }

    @Override
    public CareLog careLog() {
        return new CareLog() {
            @Override
            public void add(Contact contact) {
                contactWrites.save(contact);
            }

            @Override
            public void add(OnboardingMeeting meeting) {
                meetingWrites.save(meeting);
            }

            @Override
            public void eraseNote(cat.xarxa.care.ContactId contact) {
                contactWrites.amend(contact.toString(), c -> new Contact(c.id(), c.member(), c.on(), c.channel(),
                        c.topic(), "", c.person()));
            }

            @Override
            public void eraseNotes(cat.xarxa.care.MeetingId meeting) {
                meetingWrites.amend(meeting.toString(), m -> new OnboardingMeeting(m.id(), m.member(), m.on(),
                        m.format(), m.attendees(), ""));
            }

            @Override
            public List<Contact> contactsOf(MemberId member) {
                return contactWrites.all().filter(c -> c.member().equals(member))
                        .sorted(Comparator.comparing(Contact::on).thenComparing(c -> c.id().toString())).toList();
            }

            @Override
            public List<OnboardingMeeting> meetingsOf(MemberId member) {
                return meetingWrites.all().filter(m -> m.member().equals(member))
                        .sorted(Comparator.comparing(OnboardingMeeting::on).thenComparing(m -> m.id().toString())).toList();
            }

            @Override
            public Stream<Contact> contacts() {
                return contactWrites.all();
            }

            @Override
            public Stream<OnboardingMeeting> meetings() {
                return meetingWrites.all();
            }
        };
    }

    @Override
    public Members members() {
        return this;
    }

    @Override
    public Journal journal() {
        return this;
    }

    @Override
    public People people() {
        return people;
    }

    private final People people = new People() {
        @Override
        public Optional<Person> find(PersonId id) {
            Person own = writtenPeople.get(id);
            return own != null ? Optional.of(own) : storage.committedPerson(id);
        }

        @Override
        public long save(Person person) {
            long expected = person.version();
            long current = find(person.id()).map(Person::version).orElse(0L);
            if (current != expected) {
                throw new ConcurrentUpdateException(PersonEvent.AGGREGATE_TYPE, person.id().toString(), expected);
            }
            basePersonVersions.putIfAbsent(person.id(), expected);
            writtenPeople.put(person.id(), person.withVersion(expected + 1));
            return expected + 1;
        }

        @Override
        public Stream<Person> all() {
            TreeMap<String, Person> merged = new TreeMap<>();
            storage.committedPeople().forEach(p -> merged.put(p.id().toString(), p));
            writtenPeople.values().forEach(p -> merged.put(p.id().toString(), p));
            return merged.values().stream();
        }

        @Override
        public List<Person> withExpertise(String tag) {
            return all().filter(p -> p.expertise().contains(tag)).toList();
        }
    };

    Map<PersonId, Long> basePersonVersions() {
        return basePersonVersions;
    }

    Collection<Person> writtenPeople() {
        return writtenPeople.values();
    }

    @Override
    public Optional<Member> find(MemberId id) {
        Member own = written.get(id);
        return own != null ? Optional.of(own) : storage.committedMember(id);
    }

    @Override
    public Optional<Member> findByOfficialCode(MemberKind kind, String officialCode) {
        Optional<Member> own = written.values().stream()
                .filter(m -> m.kind() == kind && m.officialCode().equals(officialCode)).findFirst();
        if (own.isPresent()) {
            return own;
        }
        // A member this unit of work changed no longer counts under the code it had when committed.
        return storage.committedMember(kind, officialCode).filter(m -> !written.containsKey(m.id()));
    }

    @Override
    public long save(Member member) {
        long expected = member.version();
        Optional<Member> current = find(member.id());
        long currentVersion = current.map(Member::version).orElse(0L);
        if (currentVersion != expected) {
            throw new ConcurrentUpdateException(Member.AGGREGATE_TYPE, member.id().toString(), expected);
        }
        boolean codeTaken = findByOfficialCode(member.kind(), member.officialCode())
                .filter(m -> !m.id().equals(member.id())).isPresent();
        if (codeTaken) {
            throw new ConcurrentUpdateException(Member.AGGREGATE_TYPE, member.id().toString(), (Throwable) null);
        }
        baseVersions.putIfAbsent(member.id(), expected);
        written.put(member.id(), member.withVersion(expected + 1));
        return expected + 1;
    }

    @Override
    public Stream<Member> all() {
        TreeMap<String, Member> merged = new TreeMap<>();
        storage.committedMembers().forEach(m -> merged.put(m.id().toString(), m));
        written.values().forEach(m -> merged.put(m.id().toString(), m));
        return merged.values().stream();
    }

    @Override
    public long count() {
        return all().count();
    }

    @Override
    public List<JournalEntry> append(List<JournalEntry> entries) {
        List<JournalEntry> numbered = entries.stream().map(e -> e.withSequence(storage.nextSequence())).toList();
        pending.addAll(numbered);
        return numbered;
    }

    @Override
    public List<JournalEntry> entriesFor(String aggregateType, String aggregateId) {
        List<JournalEntry> found = new ArrayList<>(storage.committedEntries(
                e -> e.aggregateType().equals(aggregateType) && e.aggregateId().equals(aggregateId)));
        pending.stream().filter(e -> e.aggregateType().equals(aggregateType) && e.aggregateId().equals(aggregateId))
                .forEach(found::add);
        return found;
    }

    @Override
    public long size() {
        return storage.journalSize() + pending.size();
    }

    Map<MemberId, Long> baseVersions() {
        return baseVersions;
    }

    Collection<Member> writtenMembers() {
        return written.values();
    }

    List<JournalEntry> pendingEntries() {
        return pending;
    }
}
