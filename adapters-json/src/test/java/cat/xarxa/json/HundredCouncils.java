package cat.xarxa.json;

import cat.xarxa.advisory.Advisory;
import cat.xarxa.advisory.AdvisoryId;
import cat.xarxa.advisory.AdvisoryPackage;
import cat.xarxa.advisory.AdvisoryProduct;
import cat.xarxa.advisory.AdvisoryRequest;
import cat.xarxa.advisory.AdvisoryTopics;
import cat.xarxa.advisory.EntryCause;
import cat.xarxa.advisory.EntryId;
import cat.xarxa.advisory.EntryKind;
import cat.xarxa.advisory.HourBank;
import cat.xarxa.advisory.LedgerEntry;
import cat.xarxa.advisory.ProductId;
import cat.xarxa.advisory.ProductKind;
import cat.xarxa.advisory.RequestId;
import cat.xarxa.common.Hours;
import cat.xarxa.care.Channel;
import cat.xarxa.care.ContactData;
import cat.xarxa.care.ContactTopic;
import cat.xarxa.care.MeetingData;
import cat.xarxa.care.NeedCategories;
import cat.xarxa.care.NeedData;
import cat.xarxa.care.NeedId;
import cat.xarxa.care.NeedStatus;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.common.Money;
import cat.xarxa.common.Municipalities;
import cat.xarxa.common.Municipality;
import cat.xarxa.fee.AssessmentId;
import cat.xarxa.fee.FeeAssessment;
import cat.xarxa.fee.FeeBasis;
import cat.xarxa.fee.FeeByKind;
import cat.xarxa.fee.FeeContext;
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
import cat.xarxa.member.MemberData;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberKind;
import cat.xarxa.member.MemberStatus;
import cat.xarxa.member.PersonData;
import cat.xarxa.member.PersonId;
import cat.xarxa.member.Population;
import cat.xarxa.member.Role;
import cat.xarxa.mentorship.Documentation;
import cat.xarxa.mentorship.MentorProfile;
import cat.xarxa.mentorship.Mentorship;
import cat.xarxa.mentorship.MentorshipId;
import cat.xarxa.mentorship.MentorshipMeeting;
import cat.xarxa.partner.PartnerData;
import cat.xarxa.partner.PartnerId;
import cat.xarxa.partner.PartnerKind;
import cat.xarxa.workinggroup.BudgetEntry;
import cat.xarxa.workinggroup.BudgetEntryId;
import cat.xarxa.workinggroup.BudgetEntryKind;
import cat.xarxa.workinggroup.GroupBudget;
import cat.xarxa.workinggroup.GroupMeeting;
import cat.xarxa.workinggroup.GroupProduct;
import cat.xarxa.workinggroup.GroupProductId;
import cat.xarxa.workinggroup.GroupStatus;
import cat.xarxa.workinggroup.ProductStatus;
import cat.xarxa.workinggroup.WorkingGroup;
import cat.xarxa.workinggroup.WorkingGroupId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A hundred admitted town councils of the province of Barcelona, each with the population of two
 * years, written by hand as {@code json} or {@code jsonl}, one record per line as the exports
 * write them, so that a test can spoil one record and know its line: record {@code n} is on line
 * {@code n + 1} in both formats. {@link #valid()} has no people, so member {@code n} is record
 * {@code n}; {@link #withTechnicalContacts()} has twenty people first, each the technical contact
 * of five councils, so member {@code n} is record {@code 20 + n}; {@link #withCare()} has, after
 * those, ten partners, and for each council a need followed up twice, a contact and an onboarding
 * meeting, each kind after the other; {@link #withFees()} has, after all those, two fee policies,
 * and for each council an assessment and a payment; {@link #withAdvisories()} has, after all
 * those, an hour bank, its ledger, an advisory for each council and ten materials;
 * {@link #withMentorships()} has, after all those, ten mentors' profiles and twenty mentorships;
 * {@link #withWorkingGroups()} has, after all those, ten working groups, a budget for each and
 * three entries of each budget.
 */
final class HundredCouncils {

    static final int COUNT = 100;
    static final int CONTACTS = 20;
    static final int PARTNERS = 10;
    /** When every council's technical contact took the role. */
    static final LocalDate CONTACTS_SINCE = LocalDate.of(2025, 3, 1);
    /** The dates of the two follow-ups of each council's need, in {@link #withCare()}. */
    static final LocalDate TAKEN_UP = LocalDate.of(2025, 3, 20);
    static final LocalDate ADDRESSED = LocalDate.of(2025, 4, 15);
    /** The year of the policy {@link #withFees()} assesses under, and of the flat one before it. */
    static final int FEE_YEAR = 2025;
    static final int FLAT_YEAR = 2024;
    /** The period of the hour bank {@link #withAdvisories()} charges the advisories to. */
    static final String PERIOD = "2025";
    static final int MATERIALS = 10;
    /** How many mentors' profiles and mentorships {@link #withMentorships()} has. */
    static final int MENTORS = 10;
    static final int MENTORSHIPS = 20;
    /** When {@link #withMentorships()}'s mentorships were proposed. */
    static final LocalDate PROPOSED_ON = LocalDate.of(2025, 5, 5);
    /** How many working groups {@link #withWorkingGroups()} has, and how many entries each budget. */
    static final int GROUPS = 10;
    static final int ENTRIES_PER_BUDGET = 3;
    /** The year of {@link #withWorkingGroups()}'s budgets. */
    static final int BUDGET_YEAR = 2025;

    private static final JsonMapper MAPPER = JsonMapper.builder().findAndAddModules().build();
    private static final String[] FIRST_NAMES = {"Núria", "Jordi", "Mercè", "Pere", "Àngels", "Joan", "Montserrat",
        "Xavier", "Roser", "Martí"};
    private static final String[] SURNAMES = {"Puig", "Solà", "Ferrer", "Vilà", "Casals", "Sol·là", "Garriga", "Rovira",
        "Pujol", "d'Ossó"};

    /** The kinds of record a file holds, in the order the exports write them. */
    enum Kind {
        PERSON("person", "people"),
        MEMBER("member", "members"),
        PARTNER("partner", "partners"),
        NEED("need", "needs"),
        CONTACT("contact", "contacts"),
        MEETING("meeting", "meetings"),
        FEE_POLICY("fee-policy", "feePolicies"),
        FEE_ASSESSMENT("fee-assessment", "feeAssessments"),
        FEE_PAYMENT("fee-payment", "feePayments"),
        HOUR_BANK("hour-bank", "hourBanks"),
        LEDGER_ENTRY("ledger-entry", "ledgerEntries"),
        ADVISORY("advisory", "advisories"),
        ADVISORY_PRODUCT("advisory-product", "advisoryProducts"),
        MENTOR_PROFILE("mentor-profile", "mentorProfiles"),
        MENTORSHIP("mentorship", "mentorships"),
        WORKING_GROUP("working-group", "workingGroups"),
        GROUP_BUDGET("group-budget", "groupBudgets"),
        BUDGET_ENTRY("budget-entry", "budgetEntries");

        final String lineType;
        final String arrayName;

        Kind(String lineType, String arrayName) {
            this.lineType = lineType;
            this.arrayName = arrayName;
        }
    }

    private final Map<Kind, List<String>> records;
    private final List<Kind> order;

    private HundredCouncils(Map<Kind, List<String>> records, List<Kind> order) {
        this.records = records;
        this.order = order;
    }

    private static HundredCouncils of(List<String> people, List<String> members, List<String> partners,
                                      List<String> needs, List<String> contacts, List<String> meetings) {
        Map<Kind, List<String>> records = new EnumMap<>(Kind.class);
        records.put(Kind.PERSON, people);
        records.put(Kind.MEMBER, members);
        records.put(Kind.PARTNER, partners);
        records.put(Kind.NEED, needs);
        records.put(Kind.CONTACT, contacts);
        records.put(Kind.MEETING, meetings);
        records.put(Kind.FEE_POLICY, List.of());
        records.put(Kind.FEE_ASSESSMENT, List.of());
        records.put(Kind.FEE_PAYMENT, List.of());
        records.put(Kind.HOUR_BANK, List.of());
        records.put(Kind.LEDGER_ENTRY, List.of());
        records.put(Kind.ADVISORY, List.of());
        records.put(Kind.ADVISORY_PRODUCT, List.of());
        records.put(Kind.MENTOR_PROFILE, List.of());
        records.put(Kind.MENTORSHIP, List.of());
        records.put(Kind.WORKING_GROUP, List.of());
        records.put(Kind.GROUP_BUDGET, List.of());
        records.put(Kind.BUDGET_ENTRY, List.of());
        return new HundredCouncils(records, List.of(Kind.values()));
    }

    /** The councils without people, mandates, partners or care records. */
    static HundredCouncils valid() {
        return of(List.of(), councils(false), List.of(), List.of(), List.of(), List.of());
    }

    /**
     * The councils with twenty people before them; council {@code n}'s technical contact, since
     * {@link #CONTACTS_SINCE}, is person {@code (n - 1) % 20 + 1}.
     */
    static HundredCouncils withTechnicalContacts() {
        return of(technicalContacts(), councils(true), List.of(), List.of(), List.of(), List.of());
    }

    /**
     * The councils with their technical contacts, then ten partners, partner {@code p} with person
     * {@code p} to contact; then, for each council {@code n}, need {@code n} (hiring, taken up on
     * {@link #TAKEN_UP} and addressed on {@link #ADDRESSED}), contact {@code n} (a call with its
     * technical contact about the fee) and meeting {@code n} (its onboarding, with its technical
     * contact).
     */
    static HundredCouncils withCare() {
        List<String> partners = new ArrayList<>();
        for (int p = 1; p <= PARTNERS; p++) {
            partners.add(MAPPER.writeValueAsString(new PartnerData(id(0x9a9a_9a9aL, p), "Entitat col·laboradora " + p,
                    PartnerKind.values()[p % PartnerKind.values().length], "https://entitat" + p + ".cat",
                    personId(p).toString())));
        }
        List<String> needs = new ArrayList<>();
        List<String> contacts = new ArrayList<>();
        List<String> meetings = new ArrayList<>();
        List<Municipality> councils = councilsOfBarcelona();
        for (int n = 1; n <= COUNT; n++) {
            String member = memberId(councils.get(n - 1)).toString();
            String person = personId(technicalContactOf(n)).toString();
            needs.add(MAPPER.writeValueAsString(new NeedData(id(0x4e4e_4e4eL, n), member,
                    NeedCategories.HIRING_AND_PROCUREMENT, "Plec de neteja amb clàusules socials, lot " + n,
                    LocalDate.of(2025, 3, 10), LocalDate.of(2025, 9, 1),
                    List.of(new NeedData.Entry(TAKEN_UP, NeedStatus.IN_PROGRESS, "Assessorament demanat"),
                            new NeedData.Entry(ADDRESSED, NeedStatus.ADDRESSED, "Plec revisat\namb la tècnica")))));
            contacts.add(MAPPER.writeValueAsString(new ContactData(id(0xc0c0_c0c0L, n), member, LocalDate.of(2025, 3, 15),
                    Channel.PHONE, ContactTopic.FEE_PAYMENT, "Quota 2025 pagada", person)));
            meetings.add(MAPPER.writeValueAsString(new MeetingData(id(0x3e3e_3e3eL, n), member, LocalDate.of(2025, 3, 5),
                    MeetingFormat.VIRTUAL, List.of(person), "Reunió d'acollida")));
        }
        return of(technicalContacts(), councils(true), partners, needs, contacts, meetings);
    }

    /**
     * The councils with their care records, then two fee policies, {@link #FLAT_YEAR}'s (a flat
     * fee) and {@link #FEE_YEAR}'s (by kind: per inhabitant for town councils, with a floor and a
     * cap; flat for county councils; bands for other bodies); then, for each council {@code n},
     * assessment {@code n} of {@link #FEE_YEAR} under that policy, from its {@link #FEE_YEAR} - 1
     * figure, with one correction; then payment {@code n}, of the corrected total.
     */
    static HundredCouncils withFees() {
        FeePolicy flat = new FeePolicy(FLAT_YEAR, FLAT_YEAR - 1, new FlatFee(Money.euros(100)), FeeTerms.DEFAULT,
                LocalDate.of(FLAT_YEAR, 3, 1), "AG " + FLAT_YEAR + "-03, acord 2");
        FeePolicy byKind = new FeePolicy(FEE_YEAR, FEE_YEAR - 1, new FeeByKind(Map.of(
                MemberKind.MUNICIPALITY, new PerInhabitantFee(new BigDecimal("0.05"), Money.euros(150), Money.euros(15_000)),
                MemberKind.COUNTY_COUNCIL, new FlatFee(Money.euros(300)),
                MemberKind.OTHER_PUBLIC_BODY, new TieredFee(List.of(new TieredFee.Tier(0, 1_000L, Money.euros(150)),
                        new TieredFee.Tier(1_001, null, Money.euros(600)))))),
                FeeTerms.DEFAULT, LocalDate.of(FEE_YEAR, 3, 14), "AG " + FEE_YEAR + "-03, acord 4");
        FeeContext context = byKind.context(Map.of());
        List<String> assessments = new ArrayList<>();
        List<String> payments = new ArrayList<>();
        List<Municipality> councils = councilsOfBarcelona();
        for (int n = 1; n <= COUNT; n++) {
            String code = councils.get(n - 1).code().toString();
            MemberId member = new MemberId(memberId(councils.get(n - 1)));
            Population figure = new Population(FEE_YEAR - 1, inhabitantsOf(code) + 25, "INE, padró 1/1/" + (FEE_YEAR - 1));
            Money annual = byKind.rule().annualFee(new FeeBasis(member, MemberKind.MUNICIPALITY, figure), context)
                    .orElseThrow();
            FeeAssessment assessment = new FeeAssessment(new AssessmentId(UUID.fromString(id(0xa5a5_a5a5L, n))), member,
                    MemberKind.MUNICIPALITY, FEE_YEAR, figure, new ProratedFee(annual, 12, 12, annual), Proration.BY_MONTH,
                    LocalDate.of(FEE_YEAR, 4, 1), LocalDate.of(FEE_YEAR, 5, 31), LocalDate.of(FEE_YEAR, 6, 30), List.of(),
                    0).correct(new FeeCorrection(LocalDate.of(FEE_YEAR, 4, 15), Money.euros("-10.00"), "Padró revisat"))
                    .orElseThrow();
            assessments.add(MAPPER.writeValueAsString(assessment));
            payments.add(MAPPER.writeValueAsString(new Payment(new PaymentId(UUID.fromString(id(0xb0b0_b0b0L, n))), member,
                    PaymentKind.PAYMENT, assessment.id(), LocalDate.of(FEE_YEAR, 5, 20), assessment.total(),
                    "TRF " + FEE_YEAR + "-" + n)));
        }
        HundredCouncils care = withCare();
        Map<Kind, List<String>> records = new EnumMap<>(care.records);
        records.put(Kind.FEE_POLICY, List.of(MAPPER.writeValueAsString(flat), MAPPER.writeValueAsString(byKind)));
        records.put(Kind.FEE_ASSESSMENT, assessments);
        records.put(Kind.FEE_PAYMENT, payments);
        return new HundredCouncils(records, care.order);
    }

    /**
     * The councils with their care and fee records, then the hour bank of {@link #PERIOD}, with a
     * grant of 400 hours (ledger entry 1) and, for each council {@code n}, the reservation of its
     * four hours (ledger entry {@code n + 1}); then advisory {@code n}, council {@code n}'s
     * request, asked for by its technical contact, open and holding its four hours; then
     * {@link #MATERIALS} materials, material {@code m} of advisory {@code m}, the odd ones
     * published.
     */
    static HundredCouncils withAdvisories() {
        LocalDate from = LocalDate.of(2025, 1, 1);
        Hours granted = Hours.of(4L * COUNT);
        HourBank bank = new HourBank(PERIOD, from, LocalDate.of(2025, 12, 31), granted, granted, Hours.ZERO,
                Hours.ZERO, 0);
        List<String> entries = new ArrayList<>();
        entries.add(MAPPER.writeValueAsString(new LedgerEntry(new EntryId(new UUID(0xe0e0_e0e0L, 0)), PERIOD,
                EntryKind.GRANT, EntryCause.DECISION, granted, from.plusDays(14), "secretaria", "AG 2025-01, acord 3",
                null, null)));
        List<String> advisories = new ArrayList<>();
        List<Municipality> councils = councilsOfBarcelona();
        for (int n = 1; n <= COUNT; n++) {
            AdvisoryId id = new AdvisoryId(new UUID(0xad_ad_ad_adL, n));
            AdvisoryRequest request = new AdvisoryRequest(new RequestId(new UUID(0x4e_9e_4e_9eL, n)),
                    new MemberId(memberId(councils.get(n - 1))), new PersonId(personId(technicalContactOf(n))),
                    AdvisoryTopics.DEFAULT.get(n % AdvisoryTopics.DEFAULT.size()), "Plec de neteja, lot " + n,
                    MeetingFormat.VIRTUAL, AdvisoryPackage.DEFAULT, LocalDate.of(2025, 4, 1));
            Advisory advisory = Advisory.forRequest(id, PERIOD, request);
            advisories.add(MAPPER.writeValueAsString(advisory));
            entries.add(MAPPER.writeValueAsString(new LedgerEntry(new EntryId(new UUID(0xe0e0_e0e0L, n)), PERIOD,
                    EntryKind.RESERVATION, EntryCause.REQUEST, AdvisoryPackage.DEFAULT.hours(), request.requestedOn(),
                    "secretaria", "", id, null)));
        }
        List<String> materials = new ArrayList<>();
        for (int m = 1; m <= MATERIALS; m++) {
            materials.add(MAPPER.writeValueAsString(new AdvisoryProduct(new ProductId(new UUID(0x9d_9d_9d_9dL, m)),
                    new AdvisoryId(new UUID(0xad_ad_ad_adL, m)), AdvisoryTopics.DEFAULT.get(m % AdvisoryTopics.DEFAULT.size()),
                    ProductKind.values()[m % ProductKind.values().length], "Model de plec " + m, "Clàusules socials",
                    "", m % 2 == 1, 0)));
        }
        HundredCouncils fees = withFees();
        Map<Kind, List<String>> records = new EnumMap<>(fees.records);
        records.put(Kind.HOUR_BANK, List.of(MAPPER.writeValueAsString(bank)));
        records.put(Kind.LEDGER_ENTRY, entries);
        records.put(Kind.ADVISORY, advisories);
        records.put(Kind.ADVISORY_PRODUCT, materials);
        return new HundredCouncils(records, fees.order);
    }

    /**
     * The councils with their care, fee and advisory records, then {@link #MENTORS} mentors'
     * profiles, profile {@code p} of person {@code p} at council {@code p} (whose technical
     * contact they are), the odd ones open; then {@link #MENTORSHIPS} mentorships, each proposed
     * on {@link #PROPOSED_ON}, mentorship {@code k} of mentor {@code (k - 1) % 10 + 1} at their
     * council and of mentee {@code (k - 1) % 10 + 11} at theirs: the first of every four still
     * proposed, the second active with a meeting, the third completed with two meetings and the
     * documentation shared, the fourth declined.
     */
    static HundredCouncils withMentorships() {
        List<Municipality> councils = councilsOfBarcelona();
        List<String> profiles = new ArrayList<>();
        for (int p = 1; p <= MENTORS; p++) {
            profiles.add(MAPPER.writeValueAsString(new MentorProfile(new PersonId(personId(p)),
                    new MemberId(memberId(councils.get(p - 1))), Set.of("cooperatives", "social-economy-policy"),
                    p % 2 == 1, 2, 0)));
        }
        List<String> mentorships = new ArrayList<>();
        for (int k = 1; k <= MENTORSHIPS; k++) {
            int mentor = (k - 1) % MENTORS + 1;
            int mentee = mentor + MENTORS;
            Mentorship proposed = Mentorship.proposed(new MentorshipId(new UUID(0x3e_47_3e_47L, k)),
                    new PersonId(personId(mentor)), new MemberId(memberId(councils.get(mentor - 1))),
                    new PersonId(personId(mentee)), new MemberId(memberId(councils.get(mentee - 1))), "cooperatives",
                    "Vull impulsar una cooperativa, lot " + k, PROPOSED_ON);
            LocalDate answered = PROPOSED_ON.plusDays(7);
            Mentorship mentorship = switch (k % 4) {
                case 1 -> proposed;
                case 2 -> proposed.accept(answered, Period.ofYears(1)).orElseThrow()
                        .meet(new MentorshipMeeting(answered.plusDays(14), MeetingFormat.IN_PERSON, "Primera trobada"))
                        .orElseThrow();
                case 3 -> proposed.accept(answered, Period.ofYears(1)).orElseThrow()
                        .meet(new MentorshipMeeting(answered.plusDays(14), MeetingFormat.IN_PERSON, "Primera trobada"))
                        .orElseThrow()
                        .meet(new MentorshipMeeting(answered.plusDays(60), MeetingFormat.VIRTUAL, "Segona trobada"))
                        .orElseThrow()
                        .document(new Documentation("Com vam fer-ho", "https://xarxa.cat/mentories/" + k,
                                answered.plusDays(90))).orElseThrow()
                        .complete(answered.plusDays(91), new PersonId(personId(mentee))).orElseThrow();
                default -> proposed.decline(answered, "Ara no tinc temps").orElseThrow();
            };
            mentorships.add(MAPPER.writeValueAsString(mentorship));
        }
        HundredCouncils advisories = withAdvisories();
        Map<Kind, List<String>> records = new EnumMap<>(advisories.records);
        records.put(Kind.MENTOR_PROFILE, profiles);
        records.put(Kind.MENTORSHIP, mentorships);
        return new HundredCouncils(records, advisories.order);
    }

    /**
     * The councils with their care, fee, advisory and mentorship records, then {@link #GROUPS}
     * working groups, group {@code g} coordinated by council {@code g} and person {@code g},
     * proposed from need {@code g} on {@link #PROPOSED_ON}, with council {@code g} taking part and
     * its technical contact, and a guide made with partner {@code g}: the first of every three
     * still proposed, the second active with a meeting and the guide being written, the third
     * closed after working, with the guide published; then group {@code g}'s budget of
     * {@link #BUDGET_YEAR} (5,000.00 allocated, 400.00 committed, 800.00 spent); then its
     * {@link #ENTRIES_PER_BUDGET} entries, entry {@code 3(g - 1) + 1} to {@code 3g}: the allocation,
     * a commitment of 1,200.00 and an expense of 800.00 against it.
     */
    static HundredCouncils withWorkingGroups() {
        List<Municipality> councils = councilsOfBarcelona();
        List<String> groups = new ArrayList<>();
        List<String> budgets = new ArrayList<>();
        List<String> entries = new ArrayList<>();
        for (int g = 1; g <= GROUPS; g++) {
            WorkingGroupId id = new WorkingGroupId(new UUID(0x96_96_96_96L, g));
            MemberId council = new MemberId(memberId(councils.get(g - 1)));
            PersonId contact = new PersonId(personId(technicalContactOf(g)));
            WorkingGroup group = WorkingGroup.proposed(id, "Grup de treball " + g, "housing-cooperatives",
                    "Una guia d'habitatge cooperatiu, lot " + g, new NeedId(UUID.fromString(id(0x4e4e_4e4eL, g))),
                    List.of(council), new PersonId(personId(g)), PROPOSED_ON, "")
                    .join(council, null, PROPOSED_ON.plusDays(3)).orElseThrow()
                    .join(council, contact, PROPOSED_ON.plusDays(3)).orElseThrow();
            GroupProduct guide = new GroupProduct(new GroupProductId(new UUID(0x9f_9f_9f_9fL, g)), "Guia " + g,
                    cat.xarxa.workinggroup.ProductKind.GUIDE, ProductStatus.PLANNED, null,
                    List.of(new PartnerId(UUID.fromString(id(0x9a9a_9a9aL, g)))));
            group = group.product(guide).orElseThrow();
            LocalDate active = PROPOSED_ON.plusDays(10);
            if (g % 3 != 1) {
                group = group.moveTo(GroupStatus.ACTIVE, active, "AG 2025-05").orElseThrow()
                        .meet(new GroupMeeting(active.plusDays(7), MeetingFormat.VIRTUAL, List.of(contact),
                                "Índex de la guia")).orElseThrow()
                        .product(new GroupProduct(guide.id(), guide.title(), guide.kind(), ProductStatus.IN_PROGRESS,
                                null, guide.partners())).orElseThrow();
            }
            if (g % 3 == 0) {
                group = group.product(new GroupProduct(guide.id(), guide.title(), guide.kind(), ProductStatus.PUBLISHED,
                                active.plusDays(100), guide.partners())).orElseThrow()
                        .moveTo(GroupStatus.CLOSED, active.plusDays(120), "Guia publicada").orElseThrow();
            }
            groups.add(MAPPER.writeValueAsString(group));
            GroupBudget budget = GroupBudget.empty(id, BUDGET_YEAR);
            BudgetEntryId commitment = new BudgetEntryId(new UUID(0xbe_bebe_beL, 3L * g - 1));
            List<BudgetEntry> ledger = List.of(
                    new BudgetEntry(new BudgetEntryId(new UUID(0xbe_bebe_beL, 3L * g - 2)), id, BUDGET_YEAR,
                            BudgetEntryKind.ALLOCATION, Money.euros(5_000), LocalDate.of(BUDGET_YEAR, 5, 20),
                            "AG 2025-05, acord 6", null),
                    new BudgetEntry(commitment, id, BUDGET_YEAR, BudgetEntryKind.COMMITMENT, Money.euros(1_200),
                            LocalDate.of(BUDGET_YEAR, 6, 2), "Contracte de redacció " + g, null),
                    new BudgetEntry(new BudgetEntryId(new UUID(0xbe_bebe_beL, 3L * g)), id, BUDGET_YEAR,
                            BudgetEntryKind.EXPENSE, Money.euros(800), LocalDate.of(BUDGET_YEAR, 9, 30),
                            "Factura " + g, commitment));
            Money open = Money.ZERO;
            for (BudgetEntry entry : ledger) {
                budget = budget.apply(entry, entry.commitment() == null ? Money.ZERO : open).orElseThrow();
                open = entry.kind() == BudgetEntryKind.COMMITMENT ? entry.amount() : open.minus(entry.amount());
                entries.add(MAPPER.writeValueAsString(entry));
            }
            budgets.add(MAPPER.writeValueAsString(budget));
        }
        HundredCouncils mentorships = withMentorships();
        Map<Kind, List<String>> records = new EnumMap<>(mentorships.records);
        records.put(Kind.WORKING_GROUP, groups);
        records.put(Kind.GROUP_BUDGET, budgets);
        records.put(Kind.BUDGET_ENTRY, entries);
        return new HundredCouncils(records, mentorships.order);
    }

    private static List<String> technicalContacts() {
        List<String> people = new ArrayList<>();
        for (int p = 1; p <= CONTACTS; p++) {
            people.add(MAPPER.writeValueAsString(new PersonData(personId(p).toString(),
                    FIRST_NAMES[(p - 1) % FIRST_NAMES.length] + " " + SURNAMES[(p * 3) % SURNAMES.length],
                    "tecnica" + p + "@xarxa.cat", "", List.of("social-economy-policy"))));
        }
        return people;
    }

    private static List<Municipality> councilsOfBarcelona() {
        return Municipalities.official().all().stream()
                .filter(municipality -> municipality.provinceCode().equals("08"))
                .limit(COUNT)
                .toList();
    }

    private static List<String> councils(boolean withContacts) {
        List<String> records = new ArrayList<>();
        List<Municipality> councils = councilsOfBarcelona();
        for (int n = 1; n <= councils.size(); n++) {
            String code = councils.get(n - 1).code().toString();
            List<MemberData.Term> mandates = withContacts
                    ? List.of(new MemberData.Term(personId(technicalContactOf(n)).toString(), Role.TECHNICAL_CONTACT,
                            CONTACTS_SINCE, null))
                    : List.of();
            records.add(MAPPER.writeValueAsString(new MemberData(
                    memberId(councils.get(n - 1)).toString(),
                    MemberKind.MUNICIPALITY, code, councils.get(n - 1).name(),
                    List.of(new MemberData.Step(MemberStatus.APPLIED, LocalDate.of(2025, 1, 10), ""),
                            new MemberData.Step(MemberStatus.MEMBER, LocalDate.of(2025, 3, 1), "AG 2025-03")),
                    List.of(new MemberData.Figure(2024, inhabitantsOf(code), "INE, padró 1/1/2024"),
                            new MemberData.Figure(2025, inhabitantsOf(code) + 25, "INE, padró 1/1/2025")),
                    mandates)));
        }
        return records;
    }

    private static int technicalContactOf(int council) {
        return (council - 1) % CONTACTS + 1;
    }

    private static UUID memberId(Municipality council) {
        return new UUID(0x5a5a_5a5aL, Long.parseLong(council.code().toString()));
    }

    private static UUID personId(int p) {
        return new UUID(0x7e7e_7e7eL, p);
    }

    private static String id(long kind, int n) {
        return new UUID(kind, n).toString();
    }

    /** A made-up figure, different for each council. */
    private static long inhabitantsOf(String ineCode) {
        return Long.parseLong(ineCode) % 100_000;
    }

    /** How many people come before the members. */
    int people() {
        return records.get(Kind.PERSON).size();
    }

    /** The record number of member {@code n}: the people come first. */
    int recordOfMember(int n) {
        return recordOf(Kind.MEMBER, n);
    }

    /** The record number of the {@code n}th record of a kind, counting every record before it in the file. */
    int recordOf(Kind kind, int n) {
        int before = 0;
        for (Kind earlier : order) {
            if (earlier == kind) {
                return before + n;
            }
            before += records.get(earlier).size();
        }
        throw new IllegalArgumentException(kind + " is not in the file");
    }

    /** How many records the file holds of a kind. */
    int count(Kind kind) {
        return records.get(kind).size();
    }

    /** The id of member {@code n}, counting from 1. */
    String idOf(int n) {
        return MAPPER.readTree(records.get(Kind.MEMBER).get(n - 1)).get("id").stringValue();
    }

    /** The same network with member {@code n}'s fields changed. */
    HundredCouncils withMember(int n, Consumer<ObjectNode> change) {
        return with(Kind.MEMBER, n, change);
    }

    /** The same network with member {@code n}'s line replaced by any text. */
    HundredCouncils withText(int n, String text) {
        return withText(Kind.MEMBER, n, text);
    }

    /** The same network with person {@code p}'s fields changed. */
    HundredCouncils withPerson(int p, Consumer<ObjectNode> change) {
        return with(Kind.PERSON, p, change);
    }

    /** The same network with the fields of the {@code n}th record of a kind changed. */
    HundredCouncils with(Kind kind, int n, Consumer<ObjectNode> change) {
        ObjectNode record = (ObjectNode) MAPPER.readTree(records.get(kind).get(n - 1));
        change.accept(record);
        return withText(kind, n, MAPPER.writeValueAsString(record));
    }

    private HundredCouncils withText(Kind kind, int n, String text) {
        Map<Kind, List<String>> changed = new EnumMap<>(records);
        List<String> ofKind = new ArrayList<>(records.get(kind));
        ofKind.set(n - 1, text);
        changed.put(kind, ofKind);
        return new HundredCouncils(changed, order);
    }

    /**
     * The same network with the kinds in another order, as a hand-made file might have them: in
     * {@code json} the arrays, in {@code jsonl} the lines.
     */
    HundredCouncils inOrder(Kind... kinds) {
        return new HundredCouncils(records, List.of(kinds));
    }

    /** The network as a {@code json} document or {@code jsonl} lines, laid out as the exports lay them out. */
    String as(String format) {
        StringBuilder text = new StringBuilder();
        if (format.equals("json")) {
            text.append("{\"format\":\"xarxa\",\"schemaVersion\":2");
            for (Kind kind : order) {
                List<String> ofKind = records.get(kind);
                text.append(",\"").append(kind.arrayName).append("\":[");
                if (!ofKind.isEmpty()) {
                    text.append('\n').append(String.join(",\n", ofKind));
                    if (kind == order.get(order.size() - 1)) {
                        text.append('\n');
                    }
                }
                text.append(']');
            }
            text.append("}\n");
        } else {
            text.append("{\"type\":\"header\",\"format\":\"xarxa\",\"schemaVersion\":2}\n");
            for (Kind kind : order) {
                for (String record : records.get(kind)) {
                    text.append(record.startsWith("{") ? "{\"type\":\"" + kind.lineType + "\"," + record.substring(1) : record)
                            .append('\n');
                }
            }
        }
        return text.toString();
    }
}
