package cat.xarxa.json;

import cat.xarxa.ImportReport;
import cat.xarxa.Xarxa;
import cat.xarxa.advisory.Advisory;
import cat.xarxa.advisory.AdvisoryProduct;
import cat.xarxa.advisory.HourBank;
import cat.xarxa.advisory.LedgerEntry;
import cat.xarxa.care.Contact;
import cat.xarxa.care.Need;
import cat.xarxa.care.OnboardingMeeting;
import cat.xarxa.common.IneCode;
import cat.xarxa.common.TaxId;
import cat.xarxa.fee.FeeAssessment;
import cat.xarxa.fee.FeePolicy;
import cat.xarxa.fee.Payment;
import cat.xarxa.governance.AssemblyDecision;
import cat.xarxa.governance.BodySeat;
import cat.xarxa.governance.NetworkEvent;
import cat.xarxa.member.ApplyForMembership;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.Person;
import cat.xarxa.member.PersonId;
import cat.xarxa.member.RegisterPerson;
import cat.xarxa.mentorship.MentorProfile;
import cat.xarxa.mentorship.Mentorship;
import cat.xarxa.partner.Partner;
import cat.xarxa.practice.PracticeCall;
import cat.xarxa.practice.PracticeSubmission;
import cat.xarxa.practice.Training;
import cat.xarxa.spi.ExportFormat;
import cat.xarxa.spi.ExportSource;
import cat.xarxa.spi.ImportFormat;
import cat.xarxa.workinggroup.BudgetEntry;
import cat.xarxa.workinggroup.GroupBudget;
import cat.xarxa.workinggroup.WorkingGroup;
import cat.xarxa.workplan.WorkPlan;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/** Networks for tests: Xarxa on the in-memory store, and the formats of this adapter. */
final class Networks {

    private Networks() {
    }

    /**
     * A fresh, empty network on the in-memory store, found as a host would find it, with the
     * custom fee calculator the generated policies name plugged in (an import refuses a policy
     * whose calculator is not).
     */
    static Xarxa inMemory() {
        return Xarxa.builder().setting(Xarxa.STORAGE, "memory").feeCalculator(new SolidarityIndex()).build();
    }

    /** A town council applies through the facade; the new member's id. */
    static MemberId apply(Xarxa xarxa, String ineCode, LocalDate on) {
        return xarxa.members().apply(new ApplyForMembership(IneCode.parse(ineCode), on)).orElseThrow();
    }

    /** A person registered through the facade; their id. */
    static PersonId register(Xarxa xarxa, String name, String email, String phone, String... expertise) {
        return xarxa.people().register(new RegisterPerson(name, email, phone, Set.of(expertise))).orElseThrow();
    }

    /** Everything the network holds, exported through the facade. */
    static String export(Xarxa xarxa, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        xarxa.export(format, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Imports text through the facade. */
    static ImportReport importInto(Xarxa xarxa, String format, String text) {
        return xarxa.importFrom(format, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Everything a network holds, exported by the format itself, without a store, in id order as a store gives it. */
    static String export(String format, Holdings network) {
        ExportSource source = new ExportSource() {
            @Override
            public Stream<Member> members() {
                return network.members().stream();
            }

            @Override
            public Stream<Person> people() {
                return network.people().stream();
            }

            @Override
            public Stream<Partner> partners() {
                return network.partners().stream();
            }

            @Override
            public Stream<Need> needs() {
                return network.needs().stream();
            }

            @Override
            public Stream<Contact> contacts() {
                return network.contacts().stream();
            }

            @Override
            public Stream<OnboardingMeeting> meetings() {
                return network.meetings().stream();
            }

            @Override
            public Stream<FeePolicy> feePolicies() {
                return network.feePolicies().stream();
            }

            @Override
            public Stream<FeeAssessment> assessments() {
                return network.assessments().stream();
            }

            @Override
            public Stream<Payment> payments() {
                return network.payments().stream();
            }

            @Override
            public Stream<HourBank> hourBanks() {
                return network.hourBanks().stream();
            }

            @Override
            public Stream<LedgerEntry> ledgerEntries() {
                return network.ledgerEntries().stream();
            }

            @Override
            public Stream<Advisory> advisories() {
                return network.advisories().stream();
            }

            @Override
            public Stream<AdvisoryProduct> advisoryProducts() {
                return network.advisoryProducts().stream();
            }

            @Override
            public Stream<MentorProfile> mentorProfiles() {
                return network.mentorProfiles().stream();
            }

            @Override
            public Stream<Mentorship> mentorships() {
                return network.mentorships().stream();
            }

            @Override
            public Stream<WorkingGroup> workingGroups() {
                return network.workingGroups().stream();
            }

            @Override
            public Stream<GroupBudget> groupBudgets() {
                return network.groupBudgets().stream();
            }

            @Override
            public Stream<BudgetEntry> budgetEntries() {
                return network.budgetEntries().stream();
            }

            @Override
            public Stream<BodySeat> bodySeats() {
                return network.bodySeats().stream();
            }

            @Override
            public Stream<NetworkEvent> events() {
                return network.events().stream();
            }

            @Override
            public Stream<AssemblyDecision> decisions() {
                return network.decisions().stream();
            }

            @Override
            public Stream<PracticeCall> practiceCalls() {
                return network.practiceCalls().stream();
            }

            @Override
            public Stream<PracticeSubmission> practiceSubmissions() {
                return network.practiceSubmissions().stream();
            }

            @Override
            public Stream<Training> trainings() {
                return network.trainings().stream();
            }

            @Override
            public Stream<WorkPlan> workPlans() {
                return network.workPlans().stream();
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            exportFormat(format).write(source, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The members of a network as they would be before any store saved them. */
    static List<Member> unversioned(List<Member> members) {
        return members.stream().map(m -> m.withVersion(0)).sorted(Comparator.comparing(m -> m.id().toString())).toList();
    }

    /**
     * Everything a network holds, each kind in id order as a store gives it (the order of the
     * text of the ids; policies by year, hour banks by period, mentors' profiles by person, groups'
     * budgets by group then year) and as
     * it would be before any store
     * saved it, so that two networks holding the same compare equal whatever order the records
     * were made in.
     */
    record Holdings(List<Person> people, List<Member> members, List<Partner> partners, List<Need> needs,
                    List<Contact> contacts, List<OnboardingMeeting> meetings, List<FeePolicy> feePolicies,
                    List<FeeAssessment> assessments, List<Payment> payments, List<HourBank> hourBanks,
                    List<LedgerEntry> ledgerEntries, List<Advisory> advisories, List<AdvisoryProduct> advisoryProducts,
                    List<MentorProfile> mentorProfiles, List<Mentorship> mentorships, List<WorkingGroup> workingGroups,
                    List<GroupBudget> groupBudgets, List<BudgetEntry> budgetEntries, List<BodySeat> bodySeats,
                    List<NetworkEvent> events, List<AssemblyDecision> decisions, List<PracticeCall> practiceCalls,
                    List<PracticeSubmission> practiceSubmissions, List<Training> trainings, List<WorkPlan> workPlans) {

        Holdings {
            people = inIdOrder(people, p -> p.withVersion(0), Person::id);
            members = inIdOrder(members, m -> m.withVersion(0), Member::id);
            partners = inIdOrder(partners, p -> p.withVersion(0), Partner::id);
            needs = inIdOrder(needs, n -> n.withVersion(0), Need::id);
            contacts = inIdOrder(contacts, UnaryOperator.identity(), Contact::id);
            meetings = inIdOrder(meetings, UnaryOperator.identity(), OnboardingMeeting::id);
            feePolicies = feePolicies.stream().sorted(Comparator.comparingInt(FeePolicy::year)).toList();
            assessments = inIdOrder(assessments, a -> a.withVersion(0), FeeAssessment::id);
            payments = inIdOrder(payments, UnaryOperator.identity(), Payment::id);
            hourBanks = inIdOrder(hourBanks, b -> b.withVersion(0), HourBank::period);
            ledgerEntries = inIdOrder(ledgerEntries, UnaryOperator.identity(), LedgerEntry::id);
            advisories = inIdOrder(advisories, a -> a.withVersion(0), Advisory::id);
            advisoryProducts = inIdOrder(advisoryProducts, p -> p.withVersion(0), AdvisoryProduct::id);
            mentorProfiles = inIdOrder(mentorProfiles, p -> p.withVersion(0), MentorProfile::person);
            mentorships = inIdOrder(mentorships, m -> m.withVersion(0), Mentorship::id);
            workingGroups = inIdOrder(workingGroups, g -> g.withVersion(0), WorkingGroup::id);
            groupBudgets = inIdOrder(groupBudgets, b -> b.withVersion(0),
                    b -> b.group() + "/" + String.format("%04d", b.year()));
            budgetEntries = inIdOrder(budgetEntries, UnaryOperator.identity(), BudgetEntry::id);
            bodySeats = inIdOrder(bodySeats, s -> s.withVersion(0), BodySeat::id);
            events = inIdOrder(events, e -> e.withVersion(0), NetworkEvent::id);
            decisions = inIdOrder(decisions, UnaryOperator.identity(), AssemblyDecision::id);
            practiceCalls = inIdOrder(practiceCalls, c -> c.withVersion(0), PracticeCall::id);
            practiceSubmissions = inIdOrder(practiceSubmissions, s -> s.withVersion(0), PracticeSubmission::id);
            trainings = inIdOrder(trainings, t -> t.withVersion(0), Training::id);
            workPlans = inIdOrder(workPlans, p -> p.withVersion(0), WorkPlan::id);
        }

        /** A network without governance, good-practice or work-plan records. */
        Holdings(List<Person> people, List<Member> members, List<Partner> partners, List<Need> needs,
                 List<Contact> contacts, List<OnboardingMeeting> meetings, List<FeePolicy> feePolicies,
                 List<FeeAssessment> assessments, List<Payment> payments, List<HourBank> hourBanks,
                 List<LedgerEntry> ledgerEntries, List<Advisory> advisories, List<AdvisoryProduct> advisoryProducts,
                 List<MentorProfile> mentorProfiles, List<Mentorship> mentorships, List<WorkingGroup> workingGroups,
                 List<GroupBudget> groupBudgets, List<BudgetEntry> budgetEntries) {
            this(people, members, partners, needs, contacts, meetings, feePolicies, assessments, payments, hourBanks,
                    ledgerEntries, advisories, advisoryProducts, mentorProfiles, mentorships, workingGroups,
                    groupBudgets, budgetEntries, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                    List.of());
        }

        /** The same network with these governance, good-practice and work-plan records. */
        Holdings with(List<BodySeat> seats, List<NetworkEvent> calendar, List<AssemblyDecision> taken,
                      List<PracticeCall> calls, List<PracticeSubmission> submissions, List<Training> offered,
                      List<WorkPlan> plans) {
            return new Holdings(people, members, partners, needs, contacts, meetings, feePolicies, assessments,
                    payments, hourBanks, ledgerEntries, advisories, advisoryProducts, mentorProfiles, mentorships,
                    workingGroups, groupBudgets, budgetEntries, seats, calendar, taken, calls, submissions, offered,
                    plans);
        }

        /** A network without working-group records. */
        Holdings(List<Person> people, List<Member> members, List<Partner> partners, List<Need> needs,
                 List<Contact> contacts, List<OnboardingMeeting> meetings, List<FeePolicy> feePolicies,
                 List<FeeAssessment> assessments, List<Payment> payments, List<HourBank> hourBanks,
                 List<LedgerEntry> ledgerEntries, List<Advisory> advisories, List<AdvisoryProduct> advisoryProducts,
                 List<MentorProfile> mentorProfiles, List<Mentorship> mentorships) {
            this(people, members, partners, needs, contacts, meetings, feePolicies, assessments, payments, hourBanks,
                    ledgerEntries, advisories, advisoryProducts, mentorProfiles, mentorships, List.of(), List.of(),
                    List.of());
        }

        /** A network without mentorship records. */
        Holdings(List<Person> people, List<Member> members, List<Partner> partners, List<Need> needs,
                 List<Contact> contacts, List<OnboardingMeeting> meetings, List<FeePolicy> feePolicies,
                 List<FeeAssessment> assessments, List<Payment> payments, List<HourBank> hourBanks,
                 List<LedgerEntry> ledgerEntries, List<Advisory> advisories, List<AdvisoryProduct> advisoryProducts) {
            this(people, members, partners, needs, contacts, meetings, feePolicies, assessments, payments, hourBanks,
                    ledgerEntries, advisories, advisoryProducts, List.of(), List.of());
        }

        /** A network without advisory records. */
        Holdings(List<Person> people, List<Member> members, List<Partner> partners, List<Need> needs,
                 List<Contact> contacts, List<OnboardingMeeting> meetings, List<FeePolicy> feePolicies,
                 List<FeeAssessment> assessments, List<Payment> payments) {
            this(people, members, partners, needs, contacts, meetings, feePolicies, assessments, payments, List.of(),
                    List.of(), List.of(), List.of());
        }

        /** A network without fee records. */
        Holdings(List<Person> people, List<Member> members, List<Partner> partners, List<Need> needs,
                 List<Contact> contacts, List<OnboardingMeeting> meetings) {
            this(people, members, partners, needs, contacts, meetings, List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of(), List.of());
        }

        /**
         * Everything a network holds, read through its facade; the facade lists no hour banks,
         * ledgers, advisories, materials, mentors' profiles, mentorships, working groups, budgets
         * nor budget entries whole, and the governance, good-practice and work-plan records are
         * read from the store too, so the network holds none of them here (see
         * {@link #of(InspectableMemoryStore)}).
         */
        static Holdings of(Xarxa xarxa) {
            List<Member> members = xarxa.members().list();
            return new Holdings(xarxa.people().list(), members, xarxa.partners().list(),
                    members.stream().flatMap(m -> xarxa.care().needsOf(m.id()).stream()).toList(),
                    members.stream().flatMap(m -> xarxa.care().contactsOf(m.id()).stream()).toList(),
                    members.stream().flatMap(m -> xarxa.care().onboardingsOf(m.id()).stream()).toList(),
                    xarxa.fees().policies(),
                    members.stream().flatMap(m -> xarxa.fees().assessmentsOf(m.id()).stream()).toList(),
                    members.stream().flatMap(m -> xarxa.fees().paymentsOf(m.id()).stream()).toList());
        }

        /**
         * Everything a network holds: what its facade shows, and the advisory, mentorship,
         * working-group, governance, good-practice and work-plan records as its store holds them.
         */
        static Holdings of(InspectableMemoryStore store) {
            Holdings shown = of(store.xarxa());
            return new Holdings(shown.people, shown.members, shown.partners, shown.needs, shown.contacts, shown.meetings,
                    shown.feePolicies, shown.assessments, shown.payments,
                    store.read(tx -> tx.advisories().banks().toList()),
                    store.read(tx -> tx.advisories().entries().toList()),
                    store.read(tx -> tx.advisories().advisories().toList()),
                    store.read(tx -> tx.advisories().products().toList()),
                    store.read(tx -> tx.mentorships().profiles().toList()),
                    store.read(tx -> tx.mentorships().mentorships().toList()),
                    store.read(tx -> tx.workingGroups().groups().toList()),
                    store.read(tx -> tx.workingGroups().budgets().toList()),
                    store.read(tx -> tx.workingGroups().entries().toList()),
                    store.read(tx -> tx.governance().seats().toList()),
                    store.read(tx -> tx.governance().events().toList()),
                    store.read(tx -> tx.governance().decisions().toList()),
                    store.read(tx -> tx.practices().calls().toList()),
                    store.read(tx -> tx.practices().submissions().toList()),
                    store.read(tx -> tx.practices().trainings().toList()),
                    store.read(tx -> tx.workPlans().plans().toList()));
        }

        /** What an import of this network reports. */
        ImportReport report(String format) {
            return new ImportReport(format, members.size(), people.size(), partners.size(), needs.size(),
                    contacts.size(), meetings.size(), feePolicies.size(), assessments.size(), payments.size(),
                    hourBanks.size(), ledgerEntries.size(), advisories.size(), advisoryProducts.size(),
                    mentorProfiles.size(), mentorships.size(), workingGroups.size(), groupBudgets.size(),
                    budgetEntries.size(), bodySeats.size(), events.size(), decisions.size(), practiceCalls.size(),
                    practiceSubmissions.size(), trainings.size(), workPlans.size());
        }

        private static <T> List<T> inIdOrder(List<T> records, UnaryOperator<T> unversioned, Function<T, Object> id) {
            return records.stream().map(unversioned).sorted(Comparator.comparing(r -> id.apply(r).toString())).toList();
        }
    }

    /**
     * The NIF of a public body: {@code P}, seven digits and the control letter. Of the ten
     * control letters exactly one is right for the digits; {@link TaxId} says which, so that the
     * tests do not keep a second copy of the rule.
     *
     * @param number the seven digits, 0 to 9,999,999
     */
    static String publicBodyNif(int number) {
        String withoutControl = String.format("P%07d", number);
        return "JABCDEFGHI".chars()
                .mapToObj(control -> withoutControl + (char) control)
                .filter(TaxId::isValid)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no control letter fits " + withoutControl));
    }

    static ExportFormat exportFormat(String name) {
        return new XarxaJson().exportFormats().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    static ImportFormat importFormat(String name) {
        return new XarxaJson().importFormats().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }
}
