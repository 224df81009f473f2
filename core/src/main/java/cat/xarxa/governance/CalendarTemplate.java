package cat.xarxa.governance;

import cat.xarxa.common.MeetingFormat;
import java.time.Month;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a year's calendar should hold, as data: a network keeps its own (the JSON adapter reads
 * one from a file) or uses {@link #plan2022()}.
 *
 * @param name  a name, e.g. {@code plan-2022}
 * @param slots the events it asks for; labels unique
 */
public record CalendarTemplate(String name, List<CalendarSlot> slots) {

    public CalendarTemplate {
        Objects.requireNonNull(name, "name");
        slots = List.copyOf(slots);
        Set<String> labels = new HashSet<>();
        for (CalendarSlot slot : slots) {
            if (!labels.add(slot.label())) {
                throw new IllegalArgumentException("a calendar template names each slot once: " + slot.label());
            }
        }
    }

    /**
     * The yearly calendar of the 2022 work plan (seed 000): the working groups' plenary in person
     * in January or February; hybrid ordinary assemblies in March or April and in September; the
     * meeting of elected officials in person by July at the latest; an activity in person at the
     * solidarity-economy fair in October.
     */
    public static CalendarTemplate plan2022() {
        return new CalendarTemplate("plan-2022", List.of(
                new CalendarSlot("working-groups-plenary", EventKind.WORKING_GROUPS_PLENARY, Month.JANUARY,
                        Month.FEBRUARY, MeetingFormat.IN_PERSON),
                new CalendarSlot("first-ordinary-assembly", EventKind.ORDINARY_ASSEMBLY, Month.MARCH, Month.APRIL,
                        MeetingFormat.HYBRID),
                new CalendarSlot("elected-officials-meeting", EventKind.ELECTED_OFFICIALS_MEETING, Month.JANUARY,
                        Month.JULY, MeetingFormat.IN_PERSON),
                new CalendarSlot("second-ordinary-assembly", EventKind.ORDINARY_ASSEMBLY, Month.SEPTEMBER,
                        Month.SEPTEMBER, MeetingFormat.HYBRID),
                new CalendarSlot("fair-activity", EventKind.FAIR_ACTIVITY, Month.OCTOBER, Month.OCTOBER,
                        MeetingFormat.IN_PERSON)));
    }
}
