package cat.xarxa.examples;

import cat.xarxa.Xarxa;
import cat.xarxa.common.Decision;
import cat.xarxa.common.IneCode;
import cat.xarxa.common.Localisation;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.knowledge.KnowledgeItem;
import cat.xarxa.member.AdmitMember;
import cat.xarxa.member.ApplyForMembership;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import cat.xarxa.member.RegisterPerson;
import cat.xarxa.practice.CompleteSheet;
import cat.xarxa.practice.OfferTraining;
import cat.xarxa.practice.OpenCall;
import cat.xarxa.practice.PracticeCall;
import cat.xarxa.practice.PracticeSubmission;
import cat.xarxa.practice.PracticeThemes;
import cat.xarxa.practice.PublishPractice;
import cat.xarxa.practice.ReviewSubmission;
import cat.xarxa.practice.SubmitPractice;
import cat.xarxa.workinggroup.ChangeGroupStatus;
import cat.xarxa.workinggroup.GroupStatus;
import cat.xarxa.workinggroup.ProductKind;
import cat.xarxa.workinggroup.ProductStatus;
import cat.xarxa.workinggroup.ProposeWorkingGroup;
import cat.xarxa.workinggroup.RecordGroupProduct;
import cat.xarxa.workinggroup.WorkingGroup;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The 2020 call for good practices (seed 003): councils submit until 30 April, a late one is
 * refused, the Technical Commission selects and flags one for early dissemination, its sheet is
 * completed and it is published; a council opens a training; and one question gathers what the
 * network knows about responsible public procurement. On a throwaway in-memory store.
 *
 * <p>Its test ({@code PracticesBankTest}) runs it with the build; from an IDE, run
 * {@link #main(String[])}.
 */
public final class PracticesBank {

    private static final String PROCUREMENT = PracticeThemes.RESPONSIBLE_PUBLIC_PROCUREMENT;

    private PracticesBank() {
    }

    public static void main(String[] args) {
        run(System.out);
    }

    /** Tells the story to {@code out}. */
    public static void run(PrintStream out) {
        Clock clock = Clock.fixed(Instant.parse("2020-11-30T12:00:00Z"), Xarxa.NETWORK_ZONE);
        try (Xarxa xarxa = Xarxa.builder().setting(Xarxa.STORAGE, "memory").clock(clock).build()) {
            MemberId sabadell = member(xarxa, "081878");
            MemberId manlleu = member(xarxa, "081120");
            PersonId contact = xarxa.people().register(new RegisterPerson("Tècnica d'ESS de Sabadell")).orElseThrow();

            PracticeCall call = xarxa.goodPractices().open(new OpenCall("Bones pràctiques davant la Covid-19",
                    LocalDate.of(2020, 4, 1), LocalDate.of(2020, 4, 30), PracticeThemes.CALL_2020)).orElseThrow();
            PracticeSubmission procurement = submit(xarxa, call, sabadell, contact, "Clàusules socials d'emergència",
                    List.of(PracticeThemes.COVID_19_RESPONSE, PROCUREMENT), LocalDate.of(2020, 4, 22)).orElseThrow();
            submit(xarxa, call, sabadell, contact, "Xarxa de suport al comerç local",
                    List.of(PracticeThemes.INTER_COOPERATION), LocalDate.of(2020, 4, 29)).orElseThrow();
            Decision<PracticeSubmission> late = submit(xarxa, call, manlleu, contact, "Banc de temps",
                    List.of(PracticeThemes.YOUTH), LocalDate.of(2020, 5, 4));
            out.println("Submissions to the call: " + xarxa.goodPractices().submissionsTo(call.id()).size());
            out.println("Manlleu on 4 May: " + late.reasons().get(0).message(Localisation.CATALAN));

            xarxa.goodPractices().review(new ReviewSubmission(procurement.id(), true, true, LocalDate.of(2020, 5, 12)))
                    .orElseThrow();
            xarxa.goodPractices().completeSheet(new CompleteSheet(procurement.id(), "El tancament del comerç",
                    "Contractes reservats i clàusules socials en les compres d'emergència",
                    "12 contractes amb empreses d'inserció", "Cal preparar els plecs abans de la urgència",
                    "https://example.cat/fitxes/clausules.pdf", true, LocalDate.of(2020, 6, 1))).orElseThrow();
            xarxa.goodPractices().publish(new PublishPractice(procurement.id(), LocalDate.of(2020, 6, 15))).orElseThrow();
            out.println("For early dissemination: " + xarxa.goodPractices().forEarlyDissemination().get(0).title());

            xarxa.goodPractices().offer(new OfferTraining(manlleu, "Compra pública responsable per a equips tècnics",
                    PROCUREMENT, LocalDate.of(2020, 10, 5), LocalDate.of(2020, 10, 7), MeetingFormat.VIRTUAL, 30,
                    "https://example.cat/formacio")).orElseThrow();
            WorkingGroup group = xarxa.workingGroups().propose(new ProposeWorkingGroup("Contractació pública responsable",
                    PROCUREMENT, null, null, List.of(sabadell), null, LocalDate.of(2020, 1, 10), null)).orElseThrow();
            xarxa.workingGroups().changeStatus(new ChangeGroupStatus(group.id(), GroupStatus.ACTIVE,
                    LocalDate.of(2020, 2, 7), "Plenari 2020")).orElseThrow();
            xarxa.workingGroups().product(new RecordGroupProduct(group.id(), null, "Campanya de compra pública responsable",
                    ProductKind.CAMPAIGN, ProductStatus.PUBLISHED, LocalDate.of(2020, 11, 2), List.of())).orElseThrow();

            List<KnowledgeItem> known = xarxa.knowledge().about(PROCUREMENT);
            out.println("What the network knows about " + PROCUREMENT + ": " + known.size());
            known.forEach(k -> out.println("  " + k.on() + " " + k.source() + ": " + k.title()));
        }
    }

    private static Decision<PracticeSubmission> submit(Xarxa xarxa, PracticeCall call, MemberId council, PersonId contact,
                                                       String title, List<String> themes, LocalDate on) {
        return xarxa.goodPractices().submit(new SubmitPractice(call.id(), council, title, List.of("Ajuntament"),
                "Una pràctica de resposta a la crisi.", contact, themes, on));
    }

    private static MemberId member(Xarxa xarxa, String ineCode) {
        MemberId id = xarxa.members().apply(new ApplyForMembership(IneCode.parse(ineCode), LocalDate.of(2017, 4, 1)))
                .orElseThrow();
        xarxa.members().admit(new AdmitMember(id, LocalDate.of(2017, 5, 17), "Assemblea constituent")).orElseThrow();
        return id;
    }
}
