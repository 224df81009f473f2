package cat.xarxa.examples;

import cat.xarxa.Xarxa;
import cat.xarxa.common.IneCode;
import cat.xarxa.common.Localisation;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.governance.AssemblyDecision;
import cat.xarxa.governance.Attendance;
import cat.xarxa.governance.CalendarCheck;
import cat.xarxa.governance.CalendarTemplate;
import cat.xarxa.governance.EventKind;
import cat.xarxa.governance.Motion;
import cat.xarxa.governance.NetworkEvent;
import cat.xarxa.governance.PutToVote;
import cat.xarxa.governance.RecordAttendance;
import cat.xarxa.governance.ScheduleEvent;
import cat.xarxa.governance.Vote;
import cat.xarxa.governance.VoteChoice;
import cat.xarxa.member.AdmitMember;
import cat.xarxa.member.ApplyForMembership;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.ReferToAssembly;
import cat.xarxa.workinggroup.WorkingGroupPlenary;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A year of the network's calendar against the 2022 plan's template, and the spring assembly that
 * admits a pending council by vote: the pending council's own vote is kept but does not count.
 * Then the calendar as iCalendar, each event linking back to the council's intranet. On a
 * throwaway in-memory store.
 *
 * <p>Its test ({@code AssemblyDayTest}) runs it with the build; from an IDE, run
 * {@link #main(String[])}.
 */
public final class AssemblyDay {

    private AssemblyDay() {
    }

    public static void main(String[] args) {
        run(System.out);
    }

    /** Tells the story to {@code out}. */
    public static void run(PrintStream out) {
        Clock clock = Clock.fixed(Instant.parse("2026-06-30T12:00:00Z"), Xarxa.NETWORK_ZONE);
        try (Xarxa xarxa = Xarxa.builder().setting(Xarxa.STORAGE, "memory").clock(clock)
                .eventLinks("https://intranet.example.cat/xarxa/esdeveniments/{id}").build()) {
            MemberId sabadell = founder(xarxa, "081878");
            MemberId manlleu = founder(xarxa, "081120");
            MemberId vic = founder(xarxa, "082981");
            MemberId vilafranca = xarxa.members().apply(new ApplyForMembership(IneCode.parse("083054"),
                    LocalDate.of(2026, 1, 20))).orElseThrow();
            xarxa.members().referToAssembly(new ReferToAssembly(vilafranca, LocalDate.of(2026, 2, 1), "AG 2026-03"))
                    .orElseThrow();

            xarxa.governance().schedule(ScheduleEvent.plenary(new WorkingGroupPlenary(2026, LocalDate.of(2026, 2, 6),
                    MeetingFormat.IN_PERSON), "Trobada plenària de grups de treball", "Ateneu de Manlleu", null)).orElseThrow();
            NetworkEvent assembly = xarxa.governance().schedule(new ScheduleEvent(EventKind.ORDINARY_ASSEMBLY,
                    "Assemblea ordinària de primavera", LocalDate.of(2026, 3, 27), LocalTime.of(10, 0), LocalTime.of(13, 0),
                    MeetingFormat.HYBRID, "Casal Pere Quart, Sabadell", "https://meet.example.cat/ag-2026-03")).orElseThrow();
            xarxa.governance().schedule(new ScheduleEvent(EventKind.ELECTED_OFFICIALS_MEETING,
                    "3a Trobada de càrrecs electes", LocalDate.of(2026, 6, 12), null, null, MeetingFormat.IN_PERSON,
                    "Vic", null)).orElseThrow();
            xarxa.governance().schedule(new ScheduleEvent(EventKind.FAIR_ACTIVITY, "Activitat a la FESC",
                    LocalDate.of(2026, 10, 24), LocalTime.of(11, 0), LocalTime.of(12, 30), MeetingFormat.IN_PERSON,
                    "Fira de Barcelona, Montjuïc", null)).orElseThrow();

            CalendarCheck check = xarxa.governance().checkCalendar(2026, CalendarTemplate.plan2022());
            out.println("Calendar 2026 fulfils the 2022 template: " + check.fulfilled());
            check.problems().forEach(p -> out.println("  " + p.message(Localisation.CATALAN)));

            xarxa.governance().recordAttendance(new RecordAttendance(assembly.id(), List.of(new Attendance(sabadell, null),
                    new Attendance(manlleu, null), new Attendance(vilafranca, null)))).orElseThrow();
            AssemblyDecision admission = xarxa.governance().putToVote(PutToVote.of(assembly.id(), "AG 2026-03 #2",
                    new Motion.Admission(vilafranca), List.of(new Vote(sabadell, VoteChoice.YES),
                            new Vote(manlleu, VoteChoice.YES), new Vote(vilafranca, VoteChoice.YES)))).orElseThrow();
            out.println("Admission of Vilafranca: " + admission.outcome() + ", yes " + admission.tally().yes() + " of "
                    + admission.tally().eligible() + " with vote, " + admission.tally().notCounted() + " not counted ("
                    + admission.votes().get(2).limitCode() + ")");
            var admitted = xarxa.members().find(vilafranca).orElseThrow();
            out.println("Vilafranca is now " + admitted.status() + ", admitted by "
                    + admitted.history().get(admitted.history().size() - 1).reference());
            out.println("Decisions of the spring assembly: " + xarxa.governance().decisionsAt(assembly.id()).size()
                    + "; Vic, absent, was one of the " + admission.tally().eligible() + " with vote: "
                    + xarxa.members().rightsOn(vic, assembly.on()).orElseThrow().vote());

            if (xarxa.exportFormats().contains("ics")) {
                ByteArrayOutputStream calendar = new ByteArrayOutputStream();
                xarxa.export("ics", calendar);
                // Long lines are folded (RFC 5545): a reader joins them back before looking inside.
                String ics = calendar.toString(StandardCharsets.UTF_8).replace("\r\n ", "");
                out.println("iCalendar: " + (ics.split("BEGIN:VEVENT", -1).length - 1) + " events, "
                        + (ics.contains("intranet.example.cat/xarxa/esdeveniments/" + assembly.id()) ? "linked back" : "no links"));
            }
        }
    }

    private static MemberId founder(Xarxa xarxa, String ineCode) {
        MemberId id = xarxa.members().apply(new ApplyForMembership(IneCode.parse(ineCode), LocalDate.of(2017, 4, 1)))
                .orElseThrow();
        xarxa.members().admit(new AdmitMember(id, LocalDate.of(2017, 5, 17), "Assemblea constituent")).orElseThrow();
        return id;
    }
}
