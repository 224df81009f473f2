package cat.xarxa.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cat.xarxa.advisory.Advisory;
import cat.xarxa.advisory.AdvisoryProduct;
import cat.xarxa.advisory.AdvisoryStatus;
import cat.xarxa.advisory.EntryKind;
import cat.xarxa.advisory.LedgerEntry;
import cat.xarxa.advisory.ProviderKind;
import cat.xarxa.advisory.Session;
import cat.xarxa.advisory.SessionStatus;
import cat.xarxa.care.Channel;
import cat.xarxa.care.Contact;
import cat.xarxa.care.ContactId;
import cat.xarxa.care.ContactTopic;
import cat.xarxa.care.FollowUp;
import cat.xarxa.care.MeetingId;
import cat.xarxa.care.Need;
import cat.xarxa.care.NeedCategories;
import cat.xarxa.care.NeedId;
import cat.xarxa.care.NeedStatus;
import cat.xarxa.care.OnboardingMeeting;
import cat.xarxa.common.Decision;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.common.Municipalities;
import cat.xarxa.common.Municipality;
import cat.xarxa.fee.FeeAssessment;
import cat.xarxa.fee.FeeByKind;
import cat.xarxa.fee.FeePolicy;
import cat.xarxa.fee.FeeRule;
import cat.xarxa.fee.Payment;
import cat.xarxa.fee.PaymentKind;
import cat.xarxa.fee.PerInhabitantFee;
import cat.xarxa.fee.TieredFee;
import cat.xarxa.governance.AssemblyDecision;
import cat.xarxa.governance.BodySeat;
import cat.xarxa.governance.EventStatus;
import cat.xarxa.governance.MotionKind;
import cat.xarxa.governance.NetworkEvent;
import cat.xarxa.governance.Outcome;
import cat.xarxa.json.AdvisoryArbitraries.AdvisoryPlans;
import cat.xarxa.json.AdvisoryArbitraries.AdvisoryRecords;
import cat.xarxa.json.FeeArbitraries.FeePlans;
import cat.xarxa.json.FeeArbitraries.FeeRecords;
import cat.xarxa.json.GovernanceArbitraries.GovernancePlans;
import cat.xarxa.json.GovernanceArbitraries.GovernanceRecords;
import cat.xarxa.json.MentorshipArbitraries.MentorshipPlans;
import cat.xarxa.json.MentorshipArbitraries.MentorshipRecords;
import cat.xarxa.json.Networks.Holdings;
import cat.xarxa.json.WorkingGroupArbitraries.GroupPlans;
import cat.xarxa.json.WorkingGroupArbitraries.GroupRecords;
import cat.xarxa.member.Expertise;
import cat.xarxa.member.Mandate;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberKind;
import cat.xarxa.member.MemberStatus;
import cat.xarxa.member.Person;
import cat.xarxa.member.PersonId;
import cat.xarxa.member.Population;
import cat.xarxa.member.Role;
import cat.xarxa.mentorship.MentorProfile;
import cat.xarxa.mentorship.Mentorship;
import cat.xarxa.mentorship.MentorshipStatus;
import cat.xarxa.partner.Partner;
import cat.xarxa.partner.PartnerId;
import cat.xarxa.partner.PartnerKind;
import cat.xarxa.practice.PracticeSubmission;
import cat.xarxa.practice.SubmissionStatus;
import cat.xarxa.practice.Training;
import cat.xarxa.workinggroup.BudgetEntry;
import cat.xarxa.workinggroup.BudgetEntryKind;
import cat.xarxa.workinggroup.GroupProduct;
import cat.xarxa.workinggroup.GroupStatus;
import cat.xarxa.workinggroup.Participation;
import cat.xarxa.workinggroup.ProductStatus;
import cat.xarxa.workinggroup.WorkingGroup;
import cat.xarxa.workplan.ActionStatus;
import cat.xarxa.workplan.EvidenceKind;
import cat.xarxa.workplan.ResponsibleKind;
import cat.xarxa.workplan.WorkPlan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * Whatever a network holds (town councils, county councils and public bodies, any path through
 * the lifecycle with its referrals and re-admissions, population figures, people with or without
 * an email and a phone and with up to three areas of expertise, mandates appointed, handed over
 * and ended, partners with or without a website and a contact person, needs with or without an
 * expected date and with follow-up logs that take them through every status and back, contacts
 * with or without the person spoken with, onboarding meetings with any number of attendees,
 * fee policies of every kind of rule, assessments with or without the population figure and
 * with corrections, payments and refunds ({@link FeeArbitraries}), hour banks with the ledgers their
 * totals add up from, advisories of one council and joint ones with sessions of every status,
 * providers of every kind and materials published or not ({@link AdvisoryArbitraries}), mentors'
 * profiles and mentorships in every status with extensions, meetings and documentation
 * ({@link MentorshipArbitraries}), working groups in every status with participants, meetings
 * and products made with partners, and yearly budgets whose totals add up from their entries of
 * every kind ({@link WorkingGroupArbitraries}), seats on the bodies, events of every kind and
 * status with their attendance, assembly decisions on every kind of motion and with every
 * outcome, calls with practices in every status, trainings, and work plans whose actions are in
 * every status with evidence of every kind ({@link GovernanceArbitraries}), names,
 * references, sources, descriptions and notes with accents, quotes, line breaks and
 * characters beyond the BMP), exporting it, importing the file into an empty network and
 * exporting again gives the same bytes, and the network holds the same records.
 */
class JsonRoundTripPropertiesTest {

    private static final List<Municipality> MUNICIPALITIES = List.copyOf(Municipalities.official().all());
    private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    private static final String AWKWARD_CHARACTERS =
            "abcdefghijklmnopqrstuvwxyzàèéíïòóúüçñ·ABCÀÉÍÑÇ0123456789 ,;:'\"\\/{}[]\n\t\r";
    /** Where population figures come from, as people write it, and the characters that make it hard. */
    private static final List<String> SOURCE_PARTS = List.of("INE", "Idescat", "padró", " municipal", ", ", "1/1/2025",
            "col·lecció", "Cel·la", "l·l", "à", "ç", "ñ", "Sant Llorenç Savall", "Ajuntament de l'Hospitalet",
            "\"", "'", "\n", "\r\n", " ", "revisió «oficial»", "😀", "\u2028");
    private static final int MAX_SOURCE_LENGTH = 200;
    /** Names as people write them, with the letters, apostrophes and quotes Catalan names have. */
    private static final List<String> PERSON_NAME_PARTS = List.of("Núria", "Jordi", "Mercè", "Àngels", "Martí", "Roser",
            "Puig", "i", "Ferrer", "Sol·là", "Col·lell", "d'Ossó", "de l'Hospitalet", "Castellà", "Güell", "Ñúñez",
            "\"el Xic\"", "«la Rossa»", "\n", " ", "-", "'");
    /** What notes and descriptions are written with: Catalan words, punctuation, line breaks, emoji. */
    private static final List<String> NOTE_PARTS = List.of("Reunió", "d'acollida", "amb", "l'àrea", "de", "Contractació",
            "pública", "responsable", "plec", "clàusules", "socials", "col·laboració", "Sol·licitud", "cooperatives",
            "«urgent»", "\"pendent\"", "→", "😀", "𝄞", "\n", "\r\n", "\n\n", "\t", " ", ", ", ". ", ":", "-", "\\",
            "\u2028", "ç", "à", "è", "é", "í", "ï", "ò", "ó", "ú", "ü", "l·l", "·", "Ñ");
    private static final int MAX_NOTE_PARTS = 24;

    @Property(tries = 200)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void a_json_export_imported_elsewhere_exports_the_same_bytes(@ForAll("networks") Holdings network) {
        assertTheRoundTripKeepsEverything("json", network);
        reportWhatWasGenerated(network);
    }

    @Property(tries = 200)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void a_json_lines_export_imported_elsewhere_exports_the_same_bytes(@ForAll("networks") Holdings network) {
        assertTheRoundTripKeepsEverything("jsonl", network);
        reportWhatWasGenerated(network);
    }

    private static void assertTheRoundTripKeepsEverything(String format, Holdings network) {
        String first = Networks.export(format, network);
        SnapshotSchema.assertValid(format, first);
        try (InspectableMemoryStore elsewhere = InspectableMemoryStore.open()) {
            assertEquals(network.report(format), Networks.importInto(elsewhere.xarxa(), format, first));

            assertEquals(first, Networks.export(elsewhere.xarxa(), format));
            assertEquals(network, Holdings.of(elsewhere));
        }
    }

    /**
     * Counts the kinds, the lifecycle paths, the numbers of figures, what people gave, what
     * happened to mandates, what partners gave, where needs ended up and how their logs walked,
     * who contacts and meetings were with and what notes hold, and fails the property if any of
     * them never came up: a generator that stopped reaching re-admissions, handovers or reopened
     * needs would otherwise go unnoticed. The counts are not printed; a failed check names what
     * never came up.
     */
    private static void reportWhatWasGenerated(Holdings network) {
        for (Member member : network.members()) {
            Statistics.label("kind").collect(member.kind());
            Statistics.label("figures").collect(member.population().size());
            for (String path : pathsOf(member)) {
                Statistics.label("lifecycle").collect(path);
            }
            for (String event : mandateEventsOf(member)) {
                Statistics.label("mandates").collect(event);
            }
        }
        for (Person person : network.people()) {
            Statistics.label("email").collect(person.email().isEmpty() ? "none" : "given");
            Statistics.label("phone").collect(person.phone().isEmpty() ? "none" : "given");
            Statistics.label("expertise").collect(person.expertise().size());
            Statistics.label("person name").collect(person.name().contains("\n") ? "with a line break"
                    : person.name().contains("\"") ? "with quotes" : "on one line");
        }
        for (Partner partner : network.partners()) {
            Statistics.label("partner website").collect(partner.website().isEmpty() ? "none" : "given");
            Statistics.label("partner contact").collect(partner.contactPerson() == null ? "none" : "given");
        }
        for (Need need : network.needs()) {
            Statistics.label("need status").collect(need.status());
            Statistics.label("need expected").collect(need.expectedOn() == null ? "none" : "given");
            Statistics.label("follow-ups").collect(Math.min(need.followUps().size(), 3));
            for (int i = 1; i < need.followUps().size(); i++) {
                NeedStatus before = need.followUps().get(i - 1).status();
                NeedStatus after = need.followUps().get(i).status();
                Statistics.label("follow-up walk").collect(before == after ? "stayed"
                        : after == NeedStatus.OPEN && !before.isPending() ? "reopened" : "moved on");
            }
        }
        for (Contact contact : network.contacts()) {
            Statistics.label("contact person").collect(contact.person() == null ? "none" : "given");
        }
        for (OnboardingMeeting meeting : network.meetings()) {
            Statistics.label("attendees").collect(Math.min(meeting.attendees().size(), 2));
        }
        Stream.of(network.needs().stream().flatMap(need -> Stream.concat(Stream.of(need.description()),
                                need.followUps().stream().map(FollowUp::note))),
                        network.contacts().stream().map(Contact::note),
                        network.meetings().stream().map(OnboardingMeeting::notes))
                .flatMap(texts -> texts)
                .forEach(text -> Statistics.label("notes").collect(text.contains("\n") ? "with a line break"
                        : text.matches(".*[àèéíïòóúüç·].*") ? "with Catalan letters" : "other"));
        reportWhatFeesWereGenerated(network);
        reportWhatAdvisoriesWereGenerated(network);
        reportWhatMentorshipsWereGenerated(network);
        reportWhatWorkingGroupsWereGenerated(network);
        reportWhatGovernanceWasGenerated(network);
        Statistics.label("kind").coverage(kinds -> {
            for (MemberKind kind : MemberKind.values()) {
                kinds.check(kind).count(times -> times > 0);
            }
        });
        Statistics.label("figures").coverage(figures -> {
            for (int count = 0; count <= 4; count++) {
                figures.check(count).count(times -> times > 0);
            }
        });
        Statistics.label("lifecycle").coverage(paths -> {
            for (String path : List.of("still applied", "referred to an assembly", "admitted without referral",
                    "admitted after referral", "withdrawn before admission", "withdrawn after admission", "applied again",
                    "re-admitted")) {
                paths.check(path).count(times -> times > 0);
            }
        });
        Statistics.label("mandates").coverage(events -> {
            for (String event : List.of("appointed", "handed over", "ended", "still open", "of every role")) {
                events.check(event).count(times -> times > 0);
            }
        });
        Statistics.label("email").coverage(emails -> {
            emails.check("none").count(times -> times > 0);
            emails.check("given").count(times -> times > 0);
        });
        Statistics.label("phone").coverage(phones -> {
            phones.check("none").count(times -> times > 0);
            phones.check("given").count(times -> times > 0);
        });
        Statistics.label("expertise").coverage(tags -> {
            for (int count = 0; count <= 3; count++) {
                tags.check(count).count(times -> times > 0);
            }
        });
        Statistics.label("person name").coverage(names -> {
            names.check("with a line break").count(times -> times > 0);
            names.check("with quotes").count(times -> times > 0);
        });
        for (String label : List.of("partner website", "partner contact", "need expected", "contact person")) {
            Statistics.label(label).coverage(given -> {
                given.check("none").count(times -> times > 0);
                given.check("given").count(times -> times > 0);
            });
        }
        Statistics.label("need status").coverage(statuses -> {
            for (NeedStatus status : NeedStatus.values()) {
                statuses.check(status).count(times -> times > 0);
            }
        });
        Statistics.label("follow-ups").coverage(logs -> {
            for (int count = 0; count <= 3; count++) {
                logs.check(count).count(times -> times > 0);
            }
        });
        Statistics.label("follow-up walk").coverage(walks -> {
            for (String walk : List.of("stayed", "reopened", "moved on")) {
                walks.check(walk).count(times -> times > 0);
            }
        });
        Statistics.label("attendees").coverage(attendees -> {
            for (int count = 0; count <= 2; count++) {
                attendees.check(count).count(times -> times > 0);
            }
        });
        Statistics.label("notes").coverage(notes -> {
            notes.check("with a line break").count(times -> times > 0);
            notes.check("with Catalan letters").count(times -> times > 0);
        });
    }

    /**
     * Counts the kinds of fee rule (those inside a rule by kind too), bands without an upper
     * limit, rates with and without limits, assessments with and without the population figure
     * and by number of corrections, payments and refunds, and fails the property if any of them
     * never came up.
     */
    private static void reportWhatFeesWereGenerated(Holdings network) {
        for (FeePolicy policy : network.feePolicies()) {
            Statistics.label("fee rule").collect(policy.rule().type());
            if (policy.rule() instanceof FeeByKind byKind) {
                byKind.rules().values().forEach(rule -> Statistics.label("fee rule by kind").collect(rule.type()));
            }
            rulesIn(policy.rule()).forEach(rule -> {
                if (rule instanceof TieredFee tiered) {
                    Statistics.label("last band").collect(tiered.tiers().stream().anyMatch(t -> t.to() == null)
                            ? "open" : "closed");
                } else if (rule instanceof PerInhabitantFee rate) {
                    Statistics.label("rate limits").collect((rate.floor() == null ? "" : "floor")
                            + (rate.cap() == null ? "" : "cap"));
                }
            });
        }
        for (FeeAssessment assessment : network.assessments()) {
            Statistics.label("assessment population").collect(assessment.population() == null ? "none" : "given");
            Statistics.label("corrections").collect(Math.min(assessment.corrections().size(), 2));
        }
        for (Payment payment : network.payments()) {
            Statistics.label("payment kind").collect(payment.kind());
        }
        Statistics.label("fee rule").coverage(types -> {
            for (String type : List.of("flat", "tiers", "per-inhabitant", "by-kind", "custom")) {
                types.check(type).count(times -> times > 0);
            }
        });
        Statistics.label("fee rule by kind").coverage(types -> {
            for (String type : List.of("flat", "tiers", "per-inhabitant", "custom")) {
                types.check(type).count(times -> times > 0);
            }
        });
        Statistics.label("last band").coverage(bands -> {
            bands.check("open").count(times -> times > 0);
            bands.check("closed").count(times -> times > 0);
        });
        Statistics.label("rate limits").coverage(limits -> {
            for (String given : List.of("", "floor", "cap", "floorcap")) {
                limits.check(given).count(times -> times > 0);
            }
        });
        Statistics.label("assessment population").coverage(figures -> {
            figures.check("none").count(times -> times > 0);
            figures.check("given").count(times -> times > 0);
        });
        Statistics.label("corrections").coverage(corrections -> {
            for (int count = 0; count <= 2; count++) {
                corrections.check(count).count(times -> times > 0);
            }
        });
        Statistics.label("payment kind").coverage(kinds -> {
            for (PaymentKind kind : PaymentKind.values()) {
                kinds.check(kind).count(times -> times > 0);
            }
        });
    }

    /**
     * Counts the kinds of ledger entry, advisories by status, of one council or joint, by
     * provider and with or without a partner delivering them too, sessions by status and
     * delivered ones with and without attendance, and materials published or not; and fails the
     * property if any of them never came up.
     */
    private static void reportWhatAdvisoriesWereGenerated(Holdings network) {
        for (LedgerEntry entry : network.ledgerEntries()) {
            Statistics.label("ledger entry").collect(entry.kind());
        }
        for (Advisory advisory : network.advisories()) {
            Statistics.label("advisory status").collect(advisory.status());
            Statistics.label("councils").collect(advisory.status() == AdvisoryStatus.MERGED ? "merged away"
                    : advisory.isJoint() ? "joint" : "one");
            Statistics.label("provider").collect(advisory.provider().kind());
            Statistics.label("co-provider").collect(advisory.coProvider() == null ? "none" : "partner");
            for (Session session : advisory.sessions()) {
                Statistics.label("session").collect(session.status());
                if (session.status() == SessionStatus.DELIVERED) {
                    Statistics.label("attendance").collect(session.attendance().isEmpty() ? "nobody" : "some");
                }
            }
        }
        for (AdvisoryProduct product : network.advisoryProducts()) {
            Statistics.label("material").collect(product.published() ? "published" : "not published");
        }
        Statistics.label("ledger entry").coverage(kinds -> {
            for (EntryKind kind : EntryKind.values()) {
                kinds.check(kind).count(times -> times > 0);
            }
        });
        Statistics.label("advisory status").coverage(statuses -> {
            for (AdvisoryStatus status : AdvisoryStatus.values()) {
                statuses.check(status).count(times -> times > 0);
            }
        });
        Statistics.label("councils").coverage(councils -> {
            for (String councilsOf : List.of("one", "joint", "merged away")) {
                councils.check(councilsOf).count(times -> times > 0);
            }
        });
        Statistics.label("provider").coverage(providers -> {
            for (ProviderKind kind : ProviderKind.values()) {
                providers.check(kind).count(times -> times > 0);
            }
        });
        Statistics.label("co-provider").coverage(coProviders -> {
            coProviders.check("none").count(times -> times > 0);
            coProviders.check("partner").count(times -> times > 0);
        });
        Statistics.label("session").coverage(statuses -> {
            for (SessionStatus status : SessionStatus.values()) {
                statuses.check(status).count(times -> times > 0);
            }
        });
        Statistics.label("attendance").coverage(attendance -> {
            attendance.check("nobody").count(times -> times > 0);
            attendance.check("some").count(times -> times > 0);
        });
        Statistics.label("material").coverage(materials -> {
            materials.check("published").count(times -> times > 0);
            materials.check("not published").count(times -> times > 0);
        });
    }

    /**
     * Counts mentors' profiles open or not and mentorships by status, with and without extensions
     * and documentation, and fails the property if any of them never came up.
     */
    private static void reportWhatMentorshipsWereGenerated(Holdings network) {
        for (MentorProfile profile : network.mentorProfiles()) {
            Statistics.label("mentor profile").collect(profile.open() ? "open" : "closed");
        }
        for (Mentorship mentorship : network.mentorships()) {
            Statistics.label("mentorship status").collect(mentorship.status());
            Statistics.label("mentorship extensions").collect(mentorship.extensions().isEmpty() ? "none" : "some");
            Statistics.label("mentorship documentation").collect(mentorship.documentation() == null ? "none" : "given");
        }
        Statistics.label("mentor profile").coverage(profiles -> {
            profiles.check("open").count(times -> times > 0);
            profiles.check("closed").count(times -> times > 0);
        });
        Statistics.label("mentorship status").coverage(statuses -> {
            for (MentorshipStatus status : MentorshipStatus.values()) {
                statuses.check(status).count(times -> times > 0);
            }
        });
        Statistics.label("mentorship extensions").coverage(extensions -> {
            extensions.check("none").count(times -> times > 0);
            extensions.check("some").count(times -> times > 0);
        });
        Statistics.label("mentorship documentation").coverage(documentation -> {
            documentation.check("none").count(times -> times > 0);
            documentation.check("given").count(times -> times > 0);
        });
    }

    /**
     * Counts working groups by status, from a need or a proposal, with participants who left or
     * still take part, with meetings or not, products by status and with partners or not, and
     * budget entries by kind, expenses against a commitment or not, and fails the property if any
     * of them never came up.
     */
    private static void reportWhatWorkingGroupsWereGenerated(Holdings network) {
        for (WorkingGroup group : network.workingGroups()) {
            Statistics.label("group status").collect(group.status());
            Statistics.label("group origin").collect(group.need() == null ? "proposal" : "need");
            Statistics.label("group meetings").collect(group.meetings().isEmpty() ? "none" : "some");
            for (Participation participation : group.participants()) {
                Statistics.label("participation").collect(participation.until() == null ? "taking part" : "left");
            }
            for (GroupProduct product : group.products()) {
                Statistics.label("group product").collect(product.status());
                Statistics.label("product partners").collect(product.partners().isEmpty() ? "none" : "some");
            }
        }
        for (BudgetEntry entry : network.budgetEntries()) {
            Statistics.label("budget entry").collect(entry.kind());
            if (entry.kind() == BudgetEntryKind.EXPENSE) {
                Statistics.label("expense").collect(entry.commitment() == null ? "straight" : "against a commitment");
            }
        }
        Statistics.label("group status").coverage(statuses -> {
            for (GroupStatus status : GroupStatus.values()) {
                statuses.check(status).count(times -> times > 0);
            }
        });
        Statistics.label("group origin").coverage(origins -> {
            origins.check("proposal").count(times -> times > 0);
            origins.check("need").count(times -> times > 0);
        });
        Statistics.label("group meetings").coverage(meetings -> {
            meetings.check("none").count(times -> times > 0);
            meetings.check("some").count(times -> times > 0);
        });
        Statistics.label("participation").coverage(participations -> {
            participations.check("taking part").count(times -> times > 0);
            participations.check("left").count(times -> times > 0);
        });
        Statistics.label("group product").coverage(statuses -> {
            for (ProductStatus status : ProductStatus.values()) {
                statuses.check(status).count(times -> times > 0);
            }
        });
        Statistics.label("product partners").coverage(partners -> {
            partners.check("none").count(times -> times > 0);
            partners.check("some").count(times -> times > 0);
        });
        Statistics.label("budget entry").coverage(kinds -> {
            for (BudgetEntryKind kind : BudgetEntryKind.values()) {
                kinds.check(kind).count(times -> times > 0);
            }
        });
        Statistics.label("expense").coverage(expenses -> {
            expenses.check("straight").count(times -> times > 0);
            expenses.check("against a commitment").count(times -> times > 0);
        });
    }

    /**
     * Counts seats by who holds them, events by status and by their times, decisions by motion and
     * outcome, votes that count and votes that do not, practices by status and with or without
     * their sheet, trainings with or without a link, and the actions of work plans by status, by
     * the kind of party answering for them, by the cells of their timetable and by the kind of
     * their evidence; and fails the property if any of them never came up.
     */
    private static void reportWhatGovernanceWasGenerated(Holdings network) {
        for (BodySeat seat : network.bodySeats()) {
            Statistics.label("seat").collect(seat.council() == null ? "person alone"
                    : seat.person() == null ? "council" : "council and person");
            Statistics.label("seat held").collect(seat.until() == null ? "held" : "ended");
        }
        for (NetworkEvent event : network.events()) {
            Statistics.label("event status").collect(event.status());
            Statistics.label("event times").collect(event.startsAt() == null ? "all day"
                    : event.endsAt() == null ? "from a time" : "from and to");
            if (event.status() == EventStatus.HELD) {
                Statistics.label("event attendance").collect(event.attendance().isEmpty() ? "nobody" : "some");
            }
        }
        for (AssemblyDecision decision : network.decisions()) {
            Statistics.label("motion").collect(decision.motion().kind());
            Statistics.label("outcome").collect(decision.outcome());
            decision.votes().forEach(vote -> Statistics.label("vote").collect(vote.counted() ? "counted" : "not counted"));
        }
        for (PracticeSubmission submission : network.practiceSubmissions()) {
            Statistics.label("practice").collect(submission.status());
            if (submission.status() == SubmissionStatus.SELECTED) {
                Statistics.label("selected practice's sheet").collect(submission.sheet() == null ? "none" : "given");
            }
        }
        for (Training training : network.trainings()) {
            Statistics.label("training link").collect(training.link().isEmpty() ? "none" : "given");
        }
        network.workPlans().stream().flatMap(WorkPlan::actions).forEach(action -> {
            Statistics.label("action status").collect(action.status());
            action.responsibles().forEach(party -> Statistics.label("party").collect(party.kind()));
            action.when().forEach(cell -> Statistics.label("cell").collect(cell.semester() == 0 ? "year" : "semester"));
            action.evidence().forEach(evidence -> Statistics.label("evidence").collect(evidence.kind()));
        });
        coverOf("seat", List.of("council and person", "council", "person alone"));
        coverOf("seat held", List.of("held", "ended"));
        coverOf("event status", List.of(EventStatus.values()));
        coverOf("event times", List.of("all day", "from a time", "from and to"));
        coverOf("event attendance", List.of("nobody", "some"));
        coverOf("motion", List.of(MotionKind.values()));
        coverOf("outcome", List.of(Outcome.values()));
        coverOf("vote", List.of("counted", "not counted"));
        coverOf("practice", List.of(SubmissionStatus.values()));
        coverOf("selected practice's sheet", List.of("none", "given"));
        coverOf("training link", List.of("none", "given"));
        coverOf("action status", List.of(ActionStatus.values()));
        coverOf("party", List.of(ResponsibleKind.values()));
        coverOf("cell", List.of("year", "semester"));
        coverOf("evidence", List.of(EvidenceKind.values()));
    }

    /** Fails the property if a value of a label never came up. */
    private static void coverOf(String label, List<?> values) {
        Statistics.label(label).coverage(coverage -> {
            for (Object value : values) {
                coverage.check(value).count(times -> times > 0);
            }
        });
    }

    /** A rule and, for a rule by kind, the rules inside it. */
    private static Stream<FeeRule> rulesIn(FeeRule rule) {
        return rule instanceof FeeByKind byKind ? Stream.concat(Stream.of(rule), byKind.rules().values().stream())
                : Stream.of(rule);
    }

    /**
     * What the mandates of a member show: a mandate that ended the day another of the same role
     * started was handed over; one that ended otherwise was ended; each one started by appointment
     * rather than by a handover was appointed.
     */
    private static List<String> mandateEventsOf(Member member) {
        List<String> events = new ArrayList<>();
        for (Mandate mandate : member.mandates()) {
            boolean succeeded = member.mandates().stream().anyMatch(other -> other != mandate
                    && other.role() == mandate.role() && other.from().equals(mandate.to()));
            boolean succeeds = member.mandates().stream().anyMatch(other -> other != mandate
                    && other.role() == mandate.role() && mandate.from().equals(other.to()));
            if (mandate.isOpen()) {
                events.add("still open");
            } else {
                events.add(succeeded ? "handed over" : "ended");
            }
            if (!succeeds) {
                events.add("appointed");
            }
        }
        if (member.mandates().stream().map(Mandate::role).distinct().count() == Role.values().length) {
            events.add("of every role");
        }
        return events;
    }

    /** The ways through the lifecycle a member's history shows. */
    private static List<String> pathsOf(Member member) {
        List<String> paths = new ArrayList<>();
        if (member.history().size() == 1) {
            paths.add("still applied");
        }
        for (int i = 1; i < member.history().size(); i++) {
            MemberStatus before = member.history().get(i - 1).status();
            MemberStatus after = member.history().get(i).status();
            paths.add(switch (after) {
                case APPLIED -> "applied again";
                case PENDING -> "referred to an assembly";
                case MEMBER -> before == MemberStatus.APPLIED ? "admitted without referral" : "admitted after referral";
                case WITHDRAWN -> before == MemberStatus.MEMBER ? "withdrawn after admission" : "withdrawn before admission";
            });
        }
        if (member.periods().size() > 1) {
            paths.add("re-admitted");
        }
        return paths;
    }

    /**
     * Up to six people; up to a dozen members with distinct official codes and ids whose mandates
     * name them; up to four partners with distinct names, some with one of the people to contact;
     * and up to eight needs, six contacts and four onboarding meetings, each of one of the members
     * (none without members); the fee records of {@link FeeArbitraries}, the advisory records of
     * {@link AdvisoryArbitraries}, the mentorship records of {@link MentorshipArbitraries}, the
     * working-group records of {@link WorkingGroupArbitraries} and the governance, good-practice
     * and work-plan records of {@link GovernanceArbitraries}.
     */
    @Provide
    Arbitrary<Holdings> networks() {
        Arbitrary<List<BiFunction<MemberId, List<PersonId>, Member>>> members = Combinators.combine(
                        bodies(), histories(), populations(), mandateSteps())
                .as(JsonRoundTripPropertiesTest::member)
                .list().ofMaxSize(12)
                .uniqueElements(member -> member.apply(new MemberId(new UUID(0, 0)), List.of()).officialCode());
        Arbitrary<List<Function<PersonId, Person>>> people = person().list().ofMaxSize(6);
        Arbitrary<List<BiFunction<PartnerId, List<PersonId>, Partner>>> partners = partner().list().ofMaxSize(4)
                .uniqueElements(partner -> partner.apply(new PartnerId(new UUID(0, 0)), List.of()).name());
        return Combinators.combine(people, members, partners, needPlans().list().ofMaxSize(8),
                        contactPlans().list().ofMaxSize(6), meetingPlans().list().ofMaxSize(4),
                        Combinators.combine(FeeArbitraries.plans(), AdvisoryArbitraries.plans(),
                                MentorshipArbitraries.plans(), WorkingGroupArbitraries.plans(),
                                GovernanceArbitraries.plans()).as(Tuple::of),
                        Arbitraries.longs())
                .as((unnamedPeople, unnamedMembers, unnamedPartners, needPlans, contactPlans, meetingPlans, areaPlans,
                     seed) -> {
                    FeePlans feePlans = areaPlans.get1();
                    AdvisoryPlans advisoryPlans = areaPlans.get2();
                    MentorshipPlans mentorshipPlans = areaPlans.get3();
                    GroupPlans groupPlans = areaPlans.get4();
                    GovernancePlans governancePlans = areaPlans.get5();
                    List<Person> directory = new ArrayList<>();
                    for (int i = 0; i < unnamedPeople.size(); i++) {
                        directory.add(unnamedPeople.get(i).apply(new PersonId(new UUID(seed - 17L * i, 100 + i))));
                    }
                    List<PersonId> ids = directory.stream().map(Person::id).toList();
                    List<Member> network = new ArrayList<>();
                    for (int i = 0; i < unnamedMembers.size(); i++) {
                        network.add(unnamedMembers.get(i).apply(new MemberId(new UUID(seed + 31L * i, i)), ids));
                    }
                    List<Partner> registry = new ArrayList<>();
                    for (int i = 0; i < unnamedPartners.size(); i++) {
                        registry.add(unnamedPartners.get(i).apply(new PartnerId(new UUID(seed + 37L * i, 200 + i)), ids));
                    }
                    List<MemberId> memberIds = network.stream().map(Member::id).toList();
                    List<Need> needs = new ArrayList<>();
                    List<Contact> contacts = new ArrayList<>();
                    List<OnboardingMeeting> meetings = new ArrayList<>();
                    if (!memberIds.isEmpty()) {
                        for (int i = 0; i < needPlans.size(); i++) {
                            needs.add(needPlans.get(i).raisedBy(new NeedId(new UUID(seed + 43L * i, 300 + i)), memberIds));
                        }
                        for (int i = 0; i < contactPlans.size(); i++) {
                            contacts.add(contactPlans.get(i).loggedFor(new ContactId(new UUID(seed + 47L * i, 400 + i)),
                                    memberIds, ids));
                        }
                        for (int i = 0; i < meetingPlans.size(); i++) {
                            meetings.add(meetingPlans.get(i).heldWith(new MeetingId(new UUID(seed + 53L * i, 500 + i)),
                                    memberIds, ids));
                        }
                    }
                    FeeRecords fees = feePlans.madeFor(seed, network);
                    AdvisoryRecords advice = advisoryPlans.madeFor(seed, memberIds, ids,
                            registry.stream().map(Partner::id).toList());
                    MentorshipRecords mentoring = mentorshipPlans.madeFor(seed, memberIds, ids);
                    GroupRecords working = groupPlans.madeFor(seed, memberIds, ids,
                            needs.stream().map(Need::id).toList(), registry.stream().map(Partner::id).toList());
                    GovernanceRecords governing = governancePlans.madeFor(seed, new GovernanceArbitraries.Network(
                            memberIds, ids, fees.policies(), advice.banks(), advice.advisories(), advice.products(),
                            working.groups()));
                    return new Holdings(directory, network, registry, needs, contacts, meetings, fees.policies(),
                            fees.assessments(), fees.payments(), advice.banks(), advice.entries(), advice.advisories(),
                            advice.products(), mentoring.profiles(), mentoring.mentorships(), working.groups(),
                            working.budgets(), working.entries(), governing.seats(), governing.events(),
                            governing.decisions(), governing.calls(), governing.submissions(), governing.trainings(),
                            governing.plans());
                });
    }

    /**
     * A partner given an id and the network's people: a name as awkward as any, trimmed as the
     * import trims it; any kind; a website or none; one of the people to contact, or nobody.
     */
    private Arbitrary<BiFunction<PartnerId, List<PersonId>, Partner>> partner() {
        Arbitrary<String> website = Arbitraries.oneOf(Arbitraries.just(""), Combinators.combine(
                        Arbitraries.of("http://", "https://"),
                        Arbitraries.of("coop57.coop", "xes.cat", "www.cooperativescatalunya.coop", "ateneus.cat"),
                        Arbitraries.of("", "/", "/ca/qui-som", "/?lang=ca&ref=xarxa", "/l%C2%B7l"))
                .as((scheme, host, path) -> scheme + host + path));
        return Combinators.combine(names(), Arbitraries.of(PartnerKind.class), website,
                        Arbitraries.integers().between(-1, 5))
                .as((name, kind, address, contact) -> (id, people) -> new Partner(id, name, kind, address,
                        contact < 0 || people.isEmpty() ? null : people.get(contact % people.size()), 0));
    }

    /** A need of one of the members, raised on a day, with its follow-up log. */
    private Arbitrary<NeedPlan> needPlans() {
        Arbitrary<Integer> expectedAfter = Arbitraries.oneOf(Arbitraries.just(-1), Arbitraries.integers().between(0, 700));
        Arbitrary<FollowUpStep> followUp = Combinators.combine(Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().between(0, 120), notes())
                .as(FollowUpStep::new);
        return Combinators.combine(Arbitraries.integers().between(0, 11), Arbitraries.of(NeedCategories.DEFAULT),
                        descriptions(), days(), expectedAfter, followUp.list().ofMaxSize(5))
                .as(NeedPlan::new);
    }

    /** A contact with one of the members, with one of the people or nobody in particular. */
    private Arbitrary<ContactPlan> contactPlans() {
        return Combinators.combine(Arbitraries.integers().between(0, 11), days(), Arbitraries.of(Channel.class),
                        Arbitraries.of(ContactTopic.class), notes(), Arbitraries.integers().between(-1, 5))
                .as(ContactPlan::new);
    }

    /** An onboarding meeting of one of the members, attended by up to three of the people. */
    private Arbitrary<MeetingPlan> meetingPlans() {
        return Combinators.combine(Arbitraries.integers().between(0, 11), days(), Arbitraries.of(MeetingFormat.class),
                        Arbitraries.integers().between(0, 5).list().ofMaxSize(3).uniqueElements(), notes())
                .as(MeetingPlan::new);
    }

    /** A day since 1990. */
    private Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, 14_000).map(EARLIEST::plusDays);
    }

    /** Notes as people write them, line breaks and spaces at either end kept, as the import keeps them; may be empty. */
    private Arbitrary<String> notes() {
        return Arbitraries.of(NOTE_PARTS).list().ofMaxSize(MAX_NOTE_PARTS).map(parts -> String.join("", parts));
    }

    /** What a need is, written as notes are, trimmed as the import trims it. */
    private Arbitrary<String> descriptions() {
        return Arbitraries.of(NOTE_PARTS).list().ofMinSize(1).ofMaxSize(MAX_NOTE_PARTS)
                .map(parts -> String.join(" ", parts).trim())
                .filter(description -> !description.isBlank());
    }

    /**
     * A person given an id: a name with the letters, quotes and line breaks names have; an email
     * or none; a phone or none; up to three areas of the catalogue.
     */
    private Arbitrary<Function<PersonId, Person>> person() {
        Arbitrary<String> email = Arbitraries.oneOf(Arbitraries.just(""), Combinators.combine(
                        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12),
                        Arbitraries.of("", ".", "+xarxa.", "_"),
                        Arbitraries.integers().between(0, 99),
                        Arbitraries.of("sabadell.cat", "diba.cat", "xarxa-ess.org", "ajuntament.barcelona.cat"))
                .as((name, separator, number, domain) -> name + separator + number + "@" + domain));
        Arbitrary<String> phone = Arbitraries.oneOf(Arbitraries.just(""),
                Arbitraries.of("+34 937 453 100", "93 745 31 00", "(+34) 600-123-456", "+376 812 345", "972 00 00 00"));
        Arbitrary<List<String>> expertise = Arbitraries.of(Expertise.CATALOGUE).list().ofMaxSize(3).uniqueElements();
        return Combinators.combine(personNames(), email, phone, expertise)
                .as((name, address, number, tags) -> id -> new Person(id, name, address, number, Set.copyOf(tags), 0));
    }

    /**
     * People's names, pieced together from the parts Catalan names have, or as awkward as any
     * name; trimmed as the import trims them.
     */
    private Arbitrary<String> personNames() {
        Arbitrary<String> pieced = Arbitraries.of(PERSON_NAME_PARTS).list().ofMinSize(1).ofMaxSize(8)
                .map(parts -> String.join(" ", parts).trim())
                .filter(name -> !name.isBlank());
        // A name on two lines comes up on purpose: the coverage check below asks for one every run.
        return Arbitraries.oneOf(pieced, names(), pieced.map(name -> name + "\nde l'Ajuntament"));
    }

    /** Who asks to join: kind, official code and name. */
    private Arbitrary<Tuple.Tuple3<MemberKind, String, String>> bodies() {
        Arbitrary<Tuple.Tuple3<MemberKind, String, String>> townCouncils = Combinators.combine(
                        Arbitraries.of(MUNICIPALITIES), Arbitraries.oneOf(Arbitraries.just(""), names()))
                .as((municipality, name) -> Tuple.of(MemberKind.MUNICIPALITY, municipality.code().toString(),
                        name.isEmpty() ? municipality.name() : name));
        Arbitrary<Tuple.Tuple3<MemberKind, String, String>> countyCouncils = Combinators.combine(
                        Arbitraries.integers().between(1, 43), names())
                .as((county, name) -> Tuple.of(MemberKind.COUNTY_COUNCIL, String.format("%02d", county), name));
        Arbitrary<Tuple.Tuple3<MemberKind, String, String>> publicBodies = Combinators.combine(
                        Arbitraries.integers().between(0, 9_999_999), names())
                .as((number, name) -> Tuple.of(MemberKind.OTHER_PUBLIC_BODY, Networks.publicBodyNif(number), name));
        return Arbitraries.frequencyOf(
                Tuple.of(6, townCouncils), Tuple.of(2, countyCouncils), Tuple.of(2, publicBodies));
    }

    /** Names as people type them, trimmed as the import trims them. */
    private Arbitrary<String> names() {
        return Combinators.combine(
                        Arbitraries.strings().withChars(AWKWARD_CHARACTERS).ofMinLength(1).ofMaxLength(60),
                        Arbitraries.of("", " 😀", "𝄞", " \u2028 segona línia", "\u0000"))
                .as(String::concat)
                .map(String::trim)
                .filter(name -> !name.isBlank());
    }

    private Arbitrary<String> references() {
        return Arbitraries.strings().withChars(AWKWARD_CHARACTERS + "😀").ofMaxLength(80);
    }

    /** Up to four population figures, one a year, of any size a {@code long} holds. */
    private Arbitrary<List<Population>> populations() {
        return Combinators.combine(Arbitraries.integers().between(1900, 2999), Arbitraries.longs().greaterOrEqual(0), sources())
                .as(Population::new)
                .list().ofMaxSize(4)
                .uniqueElements(Population::year);
    }

    /** Sources pieced together from the parts people write, trimmed as the import trims them. */
    private Arbitrary<String> sources() {
        Arbitrary<String> part = Arbitraries.oneOf(Arbitraries.of(SOURCE_PARTS),
                Arbitraries.strings().withChars(AWKWARD_CHARACTERS).ofMinLength(1).ofMaxLength(12));
        return part.list().ofMinSize(1).ofMaxSize(10)
                .map(parts -> String.join("", parts).trim())
                .filter(source -> !source.isBlank() && source.length() <= MAX_SOURCE_LENGTH);
    }

    /** A path through the lifecycle from the application on: up to eight steps, each one the lifecycle allows. */
    private Arbitrary<History> histories() {
        Arbitrary<LocalDate> appliedOn = Arbitraries.integers().between(0, 14_000).map(EARLIEST::plusDays);
        Arbitrary<Step> step = Combinators.combine(
                        Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 2_000), references())
                .as(Step::new);
        return Combinators.combine(appliedOn, step.list().ofMaxSize(8)).as(History::new);
    }

    /**
     * Changes to the mandates of a member: up to six, each on a later day than the one before, as
     * the facade's rules need.
     */
    private Arbitrary<List<MandateStep>> mandateSteps() {
        return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 2),
                        Arbitraries.integers().between(0, 5), Arbitraries.integers().between(1, 1_500))
                .as(MandateStep::new)
                .list().ofMaxSize(6);
    }

    private static BiFunction<MemberId, List<PersonId>, Member> member(Tuple.Tuple3<MemberKind, String, String> body,
                                                                      History history, List<Population> figures,
                                                                      List<MandateStep> mandateSteps) {
        return (id, people) -> {
            Member member = history.liveThrough(
                    Member.requestMembership(id, body.get1(), body.get2(), body.get3(), history.appliedOn()).orElseThrow());
            for (Population figure : figures) {
                member = member.recordPopulation(figure).orElseThrow();
            }
            LocalDate on = history.appliedOn();
            for (MandateStep step : mandateSteps) {
                if (people.isEmpty()) {
                    break;
                }
                on = on.plusDays(step.daysLater());
                member = step.takenBy(member, people, on);
            }
            return member;
        };
    }

    /**
     * One step of a history.
     *
     * @param choice     which of the statuses the lifecycle allows next is taken (modulo how many there are)
     * @param daysLater  how long after the step before
     * @param reference  the assembly or the reason; applying again takes none
     */
    private record Step(int choice, int daysLater, String reference) {
    }

    /**
     * One change to a member's mandates, made by the domain's own methods.
     *
     * @param action    appoint (0), hand over (1) or end (2); what the rules do not allow at that
     *                  point becomes an appointment, and a step no rule allows is left out
     * @param role      which role (modulo the roles there are)
     * @param person    which of the network's people (modulo how many there are)
     * @param daysLater how long after the change before; at least a day
     */
    private record MandateStep(int action, int role, int person, int daysLater) {

        Member takenBy(Member member, List<PersonId> people, LocalDate on) {
            Role chosenRole = Role.values()[role % Role.values().length];
            PersonId chosen = people.get(person % people.size());
            Optional<Mandate> open = member.openMandate(chosenRole);
            Decision<Member> taken = switch (action) {
                case 1 -> member.handOver(chosenRole, chosen, on);
                case 2 -> open.map(mandate -> member.endMandate(mandate.person(), chosenRole, on))
                        .orElseGet(() -> member.appoint(chosen, chosenRole, on));
                default -> member.appoint(chosen, chosenRole, on);
            };
            if (!taken.isAccepted()) {
                taken = member.appoint(chosen, chosenRole, on);
            }
            return taken.isAccepted() ? taken.orElseThrow() : member;
        }
    }

    /**
     * One follow-up of a need.
     *
     * @param choice    the need's status again, or which of those it may change into (modulo how many there are)
     * @param daysLater how long after the follow-up before, or after the need was raised; may be the same day
     * @param note      what was done
     */
    private record FollowUpStep(int choice, int daysLater, String note) {
    }

    /**
     * A need, to be raised by one of the network's members.
     *
     * @param member        which of the members (modulo how many there are)
     * @param expectedAfter how many days after it was raised the member expects it; -1 for no date
     * @param followUps     its follow-ups, each made by the domain's own method
     */
    private record NeedPlan(int member, String category, String description, LocalDate raisedOn, int expectedAfter,
                            List<FollowUpStep> followUps) {

        Need raisedBy(NeedId id, List<MemberId> members) {
            LocalDate expectedOn = expectedAfter < 0 ? null : raisedOn.plusDays(expectedAfter);
            Need need = new Need(id, members.get(member % members.size()), category, description, raisedOn, expectedOn,
                    List.of(), 0);
            LocalDate on = raisedOn;
            for (FollowUpStep step : followUps) {
                List<NeedStatus> allowed = new ArrayList<>();
                allowed.add(need.status());
                allowed.addAll(need.status().next());
                on = on.plusDays(step.daysLater());
                need = need.followUp(on, allowed.get(step.choice() % allowed.size()), step.note()).orElseThrow();
            }
            return need;
        }
    }

    /**
     * A contact, to be logged with one of the network's members.
     *
     * @param member which of the members (modulo how many there are)
     * @param person which of the people was spoken with (modulo how many there are); -1 for nobody in particular
     */
    private record ContactPlan(int member, LocalDate on, Channel channel, ContactTopic topic, String note, int person) {

        Contact loggedFor(ContactId id, List<MemberId> members, List<PersonId> people) {
            PersonId with = person < 0 || people.isEmpty() ? null : people.get(person % people.size());
            return new Contact(id, members.get(member % members.size()), on, channel, topic, note, with);
        }
    }

    /**
     * An onboarding meeting, to be held with one of the network's members.
     *
     * @param member    which of the members (modulo how many there are)
     * @param attendees which of the people attended (modulo how many there are), in that order
     */
    private record MeetingPlan(int member, LocalDate on, MeetingFormat format, List<Integer> attendees, String notes) {

        OnboardingMeeting heldWith(MeetingId id, List<MemberId> members, List<PersonId> people) {
            List<PersonId> attended = people.isEmpty() ? List.of()
                    : attendees.stream().map(n -> people.get(n % people.size())).distinct().toList();
            return new OnboardingMeeting(id, members.get(member % members.size()), on, format, attended, notes);
        }
    }

    private record History(LocalDate appliedOn, List<Step> steps) {

        /** Takes the applicant through the steps, each by the domain's own method. */
        Member liveThrough(Member applied) {
            Member member = applied;
            LocalDate on = appliedOn;
            for (Step step : steps) {
                List<MemberStatus> allowed = List.copyOf(member.status().next());
                MemberStatus next = allowed.get(step.choice() % allowed.size());
                on = on.plusDays(step.daysLater());
                Decision<Member> taken = switch (next) {
                    case APPLIED -> member.applyAgain(on);
                    case PENDING -> member.referToAssembly(on, step.reference());
                    case MEMBER -> member.admit(on, step.reference());
                    case WITHDRAWN -> member.withdraw(on, step.reference());
                };
                member = taken.orElseThrow();
            }
            return member;
        }
    }
}
