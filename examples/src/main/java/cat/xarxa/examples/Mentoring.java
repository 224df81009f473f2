package cat.xarxa.examples;

import cat.xarxa.Xarxa;
import cat.xarxa.common.IneCode;
import cat.xarxa.common.Localisation;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.member.AdmitMember;
import cat.xarxa.member.ApplyForMembership;
import cat.xarxa.member.AppointPerson;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import cat.xarxa.member.RegisterPerson;
import cat.xarxa.member.Role;
import cat.xarxa.mentorship.AcceptMentorship;
import cat.xarxa.mentorship.CompleteMentorship;
import cat.xarxa.mentorship.Mentorship;
import cat.xarxa.mentorship.OfferMentoring;
import cat.xarxa.mentorship.ProposeMentorship;
import cat.xarxa.mentorship.RecordMentorshipMeeting;
import cat.xarxa.mentorship.ReplaceParticipant;
import cat.xarxa.mentorship.ShareDocumentation;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A mentorship from proposal to shared knowledge: Sabadell's procurement expert offers to mentor,
 * Manlleu's technician proposes, they meet twice, the documentation is shared, and the mentorship
 * joins the network's knowledge. Completing after one meeting, and replacing the technician, are
 * refused in Catalan. On a throwaway in-memory store.
 *
 * <p>Its test ({@code MentoringTest}) runs it with the build; from an IDE, run {@link #main(String[])}.
 */
public final class Mentoring {

    private static final String TOPIC = "responsible-public-procurement";

    private Mentoring() {
    }

    public static void main(String[] args) {
        run(System.out);
    }

    /** Tells the story to {@code out}. */
    public static void run(PrintStream out) {
        Clock clock = Clock.fixed(Instant.parse("2026-12-31T12:00:00Z"), Xarxa.NETWORK_ZONE);
        try (Xarxa xarxa = Xarxa.builder().setting(Xarxa.STORAGE, "memory").clock(clock).build()) {
            MemberId sabadell = member(xarxa, "081878");
            MemberId manlleu = member(xarxa, "081120");
            PersonId expert = person(xarxa, sabadell, "Experta en compra pública de Sabadell", Role.TECHNICAL_CONTACT);
            PersonId technician = person(xarxa, manlleu, "Tècnic d'ESS de Manlleu", Role.TECHNICAL_CONTACT);
            PersonId colleague = person(xarxa, manlleu, "Tècnica d'ESS de Manlleu", Role.OTHER);

            xarxa.mentorships().offer(new OfferMentoring(expert, sabadell, Set.of(TOPIC), 2, true)).orElseThrow();
            Mentorship mentorship = xarxa.mentorships().propose(new ProposeMentorship(technician, manlleu, expert, TOPIC,
                    "Volem incloure clàusules socials als plecs", LocalDate.of(2026, 2, 2))).orElseThrow();
            mentorship = xarxa.mentorships().accept(new AcceptMentorship(mentorship.id(), LocalDate.of(2026, 2, 9)))
                    .orElseThrow();
            out.println("Accepted on " + mentorship.startedOn().orElseThrow() + ", ends on " + mentorship.endsOn());
            xarxa.mentorships().meet(new RecordMentorshipMeeting(mentorship.id(), LocalDate.of(2026, 3, 3),
                    MeetingFormat.IN_PERSON, "Revisió dels plecs")).orElseThrow();
            out.println("Completing after one meeting: " + xarxa.mentorships().complete(new CompleteMentorship(
                    mentorship.id(), technician, LocalDate.of(2026, 3, 4))).reasons().get(0).message(Localisation.CATALAN));
            out.println("Replacing the technician: " + xarxa.mentorships().replace(new ReplaceParticipant(mentorship.id(),
                    technician, colleague)).reasons().get(0).message(Localisation.CATALAN));
            xarxa.mentorships().meet(new RecordMentorshipMeeting(mentorship.id(), LocalDate.of(2026, 6, 3), null,
                    "Seguiment")).orElseThrow();
            xarxa.mentorships().share(new ShareDocumentation(mentorship.id(), "Com hem posat clàusules socials",
                    "https://example.cat/mentoria-compra-publica", LocalDate.of(2026, 9, 1))).orElseThrow();
            Mentorship done = xarxa.mentorships().complete(new CompleteMentorship(mentorship.id(), technician,
                    LocalDate.of(2026, 9, 2))).orElseThrow();
            out.println("Completed with " + done.meetings().size() + " meetings: " + done.status());
            xarxa.mentorships().sharedOn(TOPIC).forEach(m -> out.println("Shared knowledge on " + m.topic() + ": "
                    + m.documentation().summary() + " (" + m.documentation().link() + ")"));
        }
    }

    private static MemberId member(Xarxa xarxa, String ineCode) {
        MemberId id = xarxa.members().apply(new ApplyForMembership(IneCode.parse(ineCode), LocalDate.of(2025, 10, 1)))
                .orElseThrow();
        xarxa.members().admit(new AdmitMember(id, LocalDate.of(2025, 11, 20), "AG 2025-11")).orElseThrow();
        return id;
    }

    private static PersonId person(Xarxa xarxa, MemberId council, String name, Role role) {
        PersonId id = xarxa.people().register(new RegisterPerson(name)).orElseThrow();
        xarxa.members().appoint(new AppointPerson(council, id, role, LocalDate.of(2025, 12, 1)))
                .orElseThrow();
        return id;
    }
}
