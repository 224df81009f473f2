package cat.xarxa.examples;

import cat.xarxa.Xarxa;
import cat.xarxa.advisory.Advisory;
import cat.xarxa.advisory.AdvisoryTopics;
import cat.xarxa.advisory.CompleteAdvisory;
import cat.xarxa.advisory.DeliverSession;
import cat.xarxa.advisory.HourBankReport;
import cat.xarxa.advisory.LedgerEntry;
import cat.xarxa.advisory.MergeAdvisories;
import cat.xarxa.advisory.MergeSuggestion;
import cat.xarxa.advisory.OpenHourBank;
import cat.xarxa.advisory.RequestAdvisory;
import cat.xarxa.advisory.ScheduleSession;
import cat.xarxa.advisory.Session;
import cat.xarxa.common.Decision;
import cat.xarxa.common.Hours;
import cat.xarxa.common.IneCode;
import cat.xarxa.common.Localisation;
import cat.xarxa.member.AdmitMember;
import cat.xarxa.member.ApplyForMembership;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import cat.xarxa.member.RegisterPerson;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Three councils ask for advice on care policies; the secretariat sees they can be merged, merges
 * them into one joint advisory charged once to the hour bank, holds two sessions and completes it.
 * A council that has only applied is refused, in Catalan. On a throwaway in-memory store.
 *
 * <p>Its test ({@code JointAdvisoryTest}) runs it with the build; from an IDE, run
 * {@link #main(String[])}.
 */
public final class JointAdvisory {

    private JointAdvisory() {
    }

    public static void main(String[] args) {
        run(System.out);
    }

    /** Tells the story to {@code out}. */
    public static void run(PrintStream out) {
        Clock endOfYear = Clock.fixed(Instant.parse("2026-12-31T12:00:00Z"), Xarxa.NETWORK_ZONE);
        try (Xarxa xarxa = Xarxa.builder().setting(Xarxa.STORAGE, "memory").clock(endOfYear).build()) {
            xarxa.advisories().openBank(new OpenHourBank("2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                    Hours.of(40), "AG 2026-01, acord 3", LocalDate.of(2026, 1, 20))).orElseThrow();
            List<MemberId> councils = new ArrayList<>();
            List<Advisory> asked = new ArrayList<>();
            String[][] who = {{"081878", "2026-03-02"}, {"081120", "2026-03-09"}, {"082981", "2026-03-16"}};
            for (String[] council : who) {
                MemberId id = member(xarxa, council[0]);
                PersonId technician = xarxa.people().register(new RegisterPerson("Tècnica d'ESS " + council[0])).orElseThrow();
                councils.add(id);
                asked.add(xarxa.advisories().request(new RequestAdvisory(id, technician, AdvisoryTopics.CARE_POLICIES,
                        "Pla local de cures", null, null, LocalDate.parse(council[1]))).orElseThrow());
            }
            out.println("After three requests: " + xarxa.advisories().bank("2026").orElseThrow().available() + " available");

            List<MergeSuggestion> suggestions = xarxa.advisories().mergeSuggestions("2026", 30);
            out.println("Suggested: " + suggestions.size() + " joint advisory on " + suggestions.get(0).topic()
                    + " for " + suggestions.get(0).advisories().size() + " councils");
            Advisory joint = xarxa.advisories().merge(new MergeAdvisories(suggestions.get(0).advisories(),
                    LocalDate.of(2026, 3, 20))).orElseThrow();
            out.println("Merged: " + joint.requests().size() + " councils, " + joint.reserved() + " reserved; "
                    + xarxa.advisories().bank("2026").orElseThrow().available() + " available");

            joint = xarxa.advisories().schedule(new ScheduleSession(joint.id(), LocalDateTime.of(2026, 4, 7, 10, 0),
                    LocalDateTime.of(2026, 4, 7, 12, 0), null)).orElseThrow();
            joint = xarxa.advisories().schedule(new ScheduleSession(joint.id(), LocalDateTime.of(2026, 4, 21, 10, 0),
                    LocalDateTime.of(2026, 4, 21, 12, 0), null)).orElseThrow();
            List<Session> sessions = joint.sessions();
            xarxa.advisories().deliver(new DeliverSession(joint.id(), sessions.get(0).id(), Hours.of(2), councils,
                    LocalDate.of(2026, 4, 7))).orElseThrow();
            xarxa.advisories().deliver(new DeliverSession(joint.id(), sessions.get(1).id(), Hours.of(1, 45),
                    councils.subList(0, 2), LocalDate.of(2026, 4, 21))).orElseThrow();
            xarxa.advisories().complete(new CompleteAdvisory(joint.id(), LocalDate.of(2026, 4, 21))).orElseThrow();

            for (LedgerEntry entry : xarxa.advisories().ledger("2026")) {
                out.println("  " + entry.on() + " " + entry.kind() + " " + entry.hours() + " (" + entry.cause() + ")");
            }
            HourBankReport report = xarxa.advisories().report("2026");
            out.println("Consumed " + report.consumed() + ", available " + report.available() + ", saved by merging "
                    + report.savedByMerging() + ", joint advisories " + report.jointAdvisories());

            MemberId applicant = xarxa.members().apply(new ApplyForMembership(IneCode.parse("080193"),
                    LocalDate.of(2026, 5, 4))).orElseThrow();
            PersonId asking = xarxa.people().register(new RegisterPerson("Tècnic de Barcelona")).orElseThrow();
            Decision<Advisory> refused = xarxa.advisories().request(new RequestAdvisory(applicant, asking,
                    AdvisoryTopics.CARE_POLICIES, null, null, null, LocalDate.of(2026, 5, 5)));
            out.println("An applicant asks: " + refused.reasons().get(0).message(Localisation.CATALAN));
        }
    }

    private static MemberId member(Xarxa xarxa, String ineCode) {
        MemberId id = xarxa.members().apply(new ApplyForMembership(IneCode.parse(ineCode), LocalDate.of(2025, 10, 1)))
                .orElseThrow();
        xarxa.members().admit(new AdmitMember(id, LocalDate.of(2025, 11, 20), "AG 2025-11")).orElseThrow();
        return id;
    }
}
