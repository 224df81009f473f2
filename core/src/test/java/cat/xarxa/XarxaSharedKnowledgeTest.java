package cat.xarxa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cat.xarxa.advisory.AddProduct;
import cat.xarxa.advisory.AdvisoryId;
import cat.xarxa.advisory.AdvisoryProduct;
import cat.xarxa.advisory.AdvisoryTopics;
import cat.xarxa.advisory.OpenHourBank;
import cat.xarxa.advisory.ProductKind;
import cat.xarxa.advisory.RequestAdvisory;
import cat.xarxa.common.Hours;
import cat.xarxa.common.IneCode;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.knowledge.KnowledgeItem;
import cat.xarxa.knowledge.KnowledgeSource;
import cat.xarxa.member.AdmitMember;
import cat.xarxa.member.ApplyForMembership;
import cat.xarxa.member.AppointPerson;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import cat.xarxa.member.RegisterPerson;
import cat.xarxa.member.Role;
import cat.xarxa.mentorship.AcceptMentorship;
import cat.xarxa.mentorship.Mentorship;
import cat.xarxa.mentorship.OfferMentoring;
import cat.xarxa.mentorship.ProposeMentorship;
import cat.xarxa.mentorship.ShareDocumentation;
import cat.xarxa.memory.MemoryStorageProvider;
import cat.xarxa.practice.CallId;
import cat.xarxa.practice.CompleteSheet;
import cat.xarxa.practice.OfferTraining;
import cat.xarxa.practice.OpenCall;
import cat.xarxa.practice.PracticeSubmission;
import cat.xarxa.practice.PracticeThemes;
import cat.xarxa.practice.PublishPractice;
import cat.xarxa.practice.ReviewSubmission;
import cat.xarxa.practice.SubmitPractice;
import cat.xarxa.practice.Training;
import cat.xarxa.spi.StorageConfig;
import cat.xarxa.workinggroup.ChangeGroupStatus;
import cat.xarxa.workinggroup.GroupProduct;
import cat.xarxa.workinggroup.GroupStatus;
import cat.xarxa.workinggroup.ProductStatus;
import cat.xarxa.workinggroup.ProposeWorkingGroup;
import cat.xarxa.workinggroup.RecordGroupProduct;
import cat.xarxa.workinggroup.WorkingGroupId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One question across the areas through the facade: what does the network know about a topic?
 * Published good practices, open trainings, published advisory materials, published products of
 * the working groups on that theme and the documentation mentees shared; nothing unpublished and
 * nothing on another topic; newest first.
 */
class XarxaSharedKnowledgeTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), Xarxa.NETWORK_ZONE);
    private static final LocalDate APPLIED = LocalDate.of(2025, 2, 3);
    private static final LocalDate ADMITTED = LocalDate.of(2025, 4, 22);
    private static final LocalDate APPOINTED = LocalDate.of(2025, 5, 1);

    private static final String PROCUREMENT = "responsible-public-procurement";
    private static final String HOUSING = AdvisoryTopics.HOUSING_COOPERATIVES;
    private static final String PRACTICE_SHEET = "https://xarxa.example.cat/fitxes/clausules-socials";
    private static final String SHARED_DOCUMENTATION = "https://xarxa.example.cat/mentories/compra-publica";

    private final Xarxa xarxa = Xarxa.builder()
            .storage(new MemoryStorageProvider().open(new StorageConfig(Map.of(), Map.of()))).clock(CLOCK).build();
    private final MemberId sabadell = council("081878");
    private final MemberId manlleu = council("081120");
    private final MemberId vic = council("082981");
    private final PersonId marta = person("Marta Puig", sabadell);
    private final PersonId joan = person("Joan Serra", manlleu);
    private final PersonId laia = person("Laia Font", vic);

    @AfterEach
    void close() {
        xarxa.close();
    }

    // ---------------------------------------------------------------- fixture

    private MemberId council(String ineCode) {
        MemberId id = xarxa.members().apply(new ApplyForMembership(IneCode.parse(ineCode), APPLIED)).orElseThrow();
        xarxa.members().admit(new AdmitMember(id, ADMITTED, "AG 2025-04")).orElseThrow();
        return id;
    }

    private PersonId person(String name, MemberId council) {
        PersonId id = xarxa.people().register(new RegisterPerson(name)).orElseThrow();
        xarxa.members().appoint(new AppointPerson(council, id, Role.TECHNICAL_CONTACT, APPOINTED)).orElseThrow();
        return id;
    }

    private PracticeSubmission practice(CallId call, String title, String theme, boolean publish, LocalDate publishedOn) {
        PracticeSubmission submitted = xarxa.goodPractices().submit(new SubmitPractice(call, sabadell, title,
                List.of("Ajuntament de Sabadell"), "Una explicació breu", marta, List.of(theme), LocalDate.of(2026, 4, 1)))
                .orElseThrow();
        xarxa.goodPractices().review(new ReviewSubmission(submitted.id(), true, false, LocalDate.of(2026, 4, 15)))
                .orElseThrow();
        PracticeSubmission withSheet = xarxa.goodPractices().completeSheet(new CompleteSheet(submitted.id(), "Context",
                "Descripció", "Resultats", null, PRACTICE_SHEET, true, LocalDate.of(2026, 4, 25))).orElseThrow();
        return publish ? xarxa.goodPractices().publish(new PublishPractice(submitted.id(), publishedOn)).orElseThrow()
                : withSheet;
    }

    private Training training(String topic, LocalDate from) {
        return xarxa.goodPractices().offer(new OfferTraining(sabadell, "Formació: " + topic, topic, from, from.plusDays(1),
                MeetingFormat.VIRTUAL, 30, "https://sabadell.example.cat/formacio")).orElseThrow();
    }

    private AdvisoryProduct advisoryProduct(String topic, String title, boolean publish) {
        AdvisoryId advisory = xarxa.advisories().request(new RequestAdvisory(manlleu, joan, topic, "Plecs de clàusules",
                null, null, LocalDate.of(2026, 3, 2))).orElseThrow().id();
        return xarxa.advisories().addProduct(new AddProduct(advisory, ProductKind.SOLUTIONS, title, "Un model de plec",
                "https://xarxa.example.cat/assessoraments/" + title.length(), publish)).orElseThrow();
    }

    private WorkingGroupId group(String name, String theme) {
        WorkingGroupId id = xarxa.workingGroups().propose(new ProposeWorkingGroup(name, theme, null, null, List.of(sabadell),
                null, LocalDate.of(2026, 1, 15), "CE 2026-01")).orElseThrow().id();
        xarxa.workingGroups().changeStatus(new ChangeGroupStatus(id, GroupStatus.ACTIVE, LocalDate.of(2026, 2, 5), "CE 2026-02"))
                .orElseThrow();
        return id;
    }

    private GroupProduct groupProduct(WorkingGroupId group, String title, ProductStatus status, LocalDate publishedOn) {
        return xarxa.workingGroups().product(new RecordGroupProduct(group, null, title,
                cat.xarxa.workinggroup.ProductKind.GUIDE, status, publishedOn, List.of())).orElseThrow().products().stream()
                .filter(p -> p.title().equals(title)).findFirst().orElseThrow();
    }

    private Mentorship mentorship(PersonId mentee, MemberId council, String topic, String summary, LocalDate sharedOn) {
        Mentorship proposed = xarxa.mentorships().propose(new ProposeMentorship(mentee, council, marta, topic,
                "Volem aprendre", LocalDate.of(2026, 2, 2))).orElseThrow();
        Mentorship accepted = xarxa.mentorships().accept(new AcceptMentorship(proposed.id(), LocalDate.of(2026, 2, 10)))
                .orElseThrow();
        return summary == null ? accepted : xarxa.mentorships().share(new ShareDocumentation(proposed.id(), summary,
                SHARED_DOCUMENTATION, sharedOn)).orElseThrow();
    }

    // ---------------------------------------------------------------- the question

    @Test
    void oneQuestionFindsWhatEveryAreaSharesOnATopicNewestFirst() {
        xarxa.advisories().openBank(new OpenHourBank("2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                Hours.of(40), "AG 2026-03, acord 6", LocalDate.of(2026, 1, 20))).orElseThrow();
        xarxa.mentorships().offer(new OfferMentoring(marta, sabadell, Set.of(PROCUREMENT, HOUSING), 5, true)).orElseThrow();
        CallId call = xarxa.goodPractices().open(new OpenCall("Bones pràctiques 2026", LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 4, 30), PracticeThemes.CALL_2020)).orElseThrow().id();

        PracticeSubmission practice = practice(call, "Clàusules socials als contractes", PROCUREMENT, true,
                LocalDate.of(2026, 5, 10));
        practice(call, "Reserva de contractes", PROCUREMENT, false, null);
        practice(call, "Cooperatives de joves", PracticeThemes.YOUTH, true, LocalDate.of(2026, 5, 12));

        Training course = training(PROCUREMENT, LocalDate.of(2026, 7, 1));
        training(PracticeThemes.YOUTH, LocalDate.of(2026, 8, 1));

        AdvisoryProduct material = advisoryProduct(PROCUREMENT, "Model de plec amb clàusules socials", true);
        advisoryProduct(PROCUREMENT, "Esborrany de plec", false);
        advisoryProduct(HOUSING, "Model de cessió de sòl", true);

        WorkingGroupId procurementGroup = group("Compra pública responsable", PROCUREMENT);
        GroupProduct guide = groupProduct(procurementGroup, "Guia de compra pública", ProductStatus.PUBLISHED,
                LocalDate.of(2026, 4, 20));
        groupProduct(procurementGroup, "Campanya en preparació", ProductStatus.IN_PROGRESS, null);
        groupProduct(group("Habitatge cooperatiu", HOUSING), "Guia d'habitatge", ProductStatus.PUBLISHED,
                LocalDate.of(2026, 5, 30));

        Mentorship shared = mentorship(joan, manlleu, PROCUREMENT, "Com vam redactar les clàusules socials",
                LocalDate.of(2026, 5, 6));
        mentorship(laia, vic, HOUSING, "Com vam cedir sòl a una cooperativa", LocalDate.of(2026, 5, 20));
        MemberId girona = council("170792");
        mentorship(person("Pere Vidal", girona), girona, PROCUREMENT, null, null);

        List<KnowledgeItem> found = xarxa.knowledge().about(PROCUREMENT);

        assertEquals(List.of(
                new KnowledgeItem(KnowledgeSource.TRAINING, course.id().toString(), course.title(), PROCUREMENT, sabadell,
                        LocalDate.of(2026, 7, 1), "https://sabadell.example.cat/formacio"),
                new KnowledgeItem(KnowledgeSource.GOOD_PRACTICE, practice.id().toString(), "Clàusules socials als contractes",
                        PROCUREMENT, sabadell, LocalDate.of(2026, 5, 10), PRACTICE_SHEET),
                new KnowledgeItem(KnowledgeSource.MENTORSHIP_DOCUMENTATION, shared.id().toString(),
                        "Com vam redactar les clàusules socials", PROCUREMENT, manlleu, LocalDate.of(2026, 5, 6),
                        SHARED_DOCUMENTATION),
                new KnowledgeItem(KnowledgeSource.GROUP_PRODUCT, guide.id().toString(), "Guia de compra pública", PROCUREMENT,
                        null, LocalDate.of(2026, 4, 20), ""),
                new KnowledgeItem(KnowledgeSource.ADVISORY_PRODUCT, material.id().toString(),
                        "Model de plec amb clàusules socials", PROCUREMENT, null, null, material.link())), found);
        assertNull(found.get(4).on(), "a material keeps no date and comes last");

        assertEquals(found, xarxa.knowledge().about("  " + PROCUREMENT + " "));
        assertEquals(List.of(KnowledgeSource.GOOD_PRACTICE, KnowledgeSource.TRAINING),
                xarxa.knowledge().about(PracticeThemes.YOUTH).stream().map(KnowledgeItem::source).sorted().toList());
        assertEquals(List.of(KnowledgeSource.GROUP_PRODUCT, KnowledgeSource.MENTORSHIP_DOCUMENTATION,
                KnowledgeSource.ADVISORY_PRODUCT), xarxa.knowledge().about(HOUSING).stream().map(KnowledgeItem::source).toList());
        assertEquals(List.of(), xarxa.knowledge().about("feminist-and-intersectional-perspectives"));
    }

    @Test
    void theSameDayOrdersBySourceThenId() {
        CallId call = xarxa.goodPractices().open(new OpenCall("Bones pràctiques 2026", LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 4, 30), List.of(PROCUREMENT))).orElseThrow().id();
        LocalDate day = LocalDate.of(2026, 5, 10);
        PracticeSubmission first = practice(call, "Primera", PROCUREMENT, true, day);
        PracticeSubmission second = practice(call, "Segona", PROCUREMENT, true, day);
        Training course = training(PROCUREMENT, day);

        List<KnowledgeItem> found = xarxa.knowledge().about(PROCUREMENT);

        List<String> practices = List.of(first.id().toString(), second.id().toString()).stream().sorted().toList();
        assertEquals(List.of(practices.get(0), practices.get(1), course.id().toString()),
                found.stream().map(KnowledgeItem::id).toList());
    }
}
