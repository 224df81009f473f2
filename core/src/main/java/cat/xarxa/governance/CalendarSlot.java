package cat.xarxa.governance;

import cat.xarxa.common.MeetingFormat;
import java.time.Month;
import java.util.Objects;

/**
 * One event a yearly calendar template asks for: its kind, the months it may fall in and its
 * format.
 *
 * @param label  a name for the slot, e.g. {@code second-ordinary-assembly}
 * @param kind   the kind of event
 * @param from   the first month it may fall in
 * @param to     the last month it may fall in (e.g. July for "by July at the latest")
 * @param format the format the template asks for
 */
public record CalendarSlot(String label, EventKind kind, Month from, Month to, MeetingFormat format) {
    public CalendarSlot {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(format, "format");
        if (label.isBlank()) {
            throw new IllegalArgumentException("a calendar slot needs a label");
        }
        if (to.compareTo(from) < 0) {
            throw new IllegalArgumentException("a calendar slot's window runs forward within the year: " + from + "–" + to);
        }
    }

    /** Whether a month falls in the slot's window. */
    public boolean allows(Month month) {
        return month.compareTo(from) >= 0 && month.compareTo(to) <= 0;
    }
}
