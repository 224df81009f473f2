package cat.xarxa.json;

import static cat.xarxa.json.TreeFields.at;
import static cat.xarxa.json.TreeFields.built;
import static cat.xarxa.json.TreeFields.enumValue;
import static cat.xarxa.json.TreeFields.list;
import static cat.xarxa.json.TreeFields.object;
import static cat.xarxa.json.TreeFields.text;

import cat.xarxa.common.MeetingFormat;
import cat.xarxa.governance.CalendarSlot;
import cat.xarxa.governance.CalendarTemplate;
import cat.xarxa.governance.EventKind;
import java.time.Month;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads a calendar template in {@link CalendarTemplateShape}'s shape. Refused here, naming the
 * field by its path (e.g. {@code slots[2].to}): a missing value (only {@code slots} may be
 * missing, meaning none), a value of the wrong JSON type, an unknown {@code kind}, month or
 * {@code format}, a blank label (field {@code slots[n].label}), a window that runs backwards in
 * the year (field {@code slots[n].to}) and a label used twice (field {@code slots[n].label} of
 * the second).
 */
final class CalendarTemplateReader {

    /** The template as messages name it. */
    static final String RECORD = "calendar-template";

    private CalendarTemplateReader() {
    }

    /**
     * Reads the template at a node.
     *
     * @throws RecordProblem naming the field that cannot be read
     */
    static CalendarTemplate read(JsonNode record) {
        object(record, "");
        String name = text(record, CalendarTemplateShape.NAME, "");
        List<CalendarSlot> slots = list(record, CalendarTemplateShape.SLOTS, "", CalendarTemplateReader::slot);
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < slots.size(); i++) {
            if (!labels.add(slots.get(i).label())) {
                List<CalendarSlot> upToTheSecond = slots.subList(0, i + 1);
                built(at(CalendarTemplateShape.SLOTS + "[" + i + "]", CalendarTemplateShape.LABEL), RECORD,
                        () -> new CalendarTemplate(name, upToTheSecond));
            }
        }
        return built(CalendarTemplateShape.SLOTS, RECORD, () -> new CalendarTemplate(name, slots));
    }

    private static CalendarSlot slot(JsonNode slot, String where) {
        object(slot, where);
        String label = text(slot, CalendarTemplateShape.LABEL, where);
        EventKind kind = enumValue(slot, CalendarTemplateShape.KIND, where, EventKind.class);
        Month from = enumValue(slot, CalendarTemplateShape.FROM, where, Month.class);
        Month to = enumValue(slot, CalendarTemplateShape.TO, where, Month.class);
        MeetingFormat format = enumValue(slot, CalendarTemplateShape.FORMAT, where, MeetingFormat.class);
        String wrong = label.isBlank() ? CalendarTemplateShape.LABEL : CalendarTemplateShape.TO;
        return built(at(where, wrong), RECORD, () -> new CalendarSlot(label, kind, from, to, format));
    }
}
