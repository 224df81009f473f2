package cat.xarxa.governance;

import cat.xarxa.common.Reason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a year's events fulfil a calendar template, slot by slot (e.g. "the second ordinary
 * assembly is missing"). Cancelled events answer nothing.
 *
 * @param year     the year
 * @param template the template's name
 * @param slots    one answer per slot, in the template's order
 */
public record CalendarCheck(int year, String template, List<SlotCheck> slots) {

    public CalendarCheck {
        Objects.requireNonNull(template, "template");
        slots = List.copyOf(slots);
    }

    /** Whether every slot is fulfilled. */
    public boolean fulfilled() {
        return slots.stream().allMatch(s -> s.status() == SlotStatus.FULFILLED);
    }

    /** Why the year falls short, one reason per slot not fulfilled. */
    public List<Reason> problems() {
        return slots.stream().map(SlotCheck::reason).filter(Objects::nonNull).toList();
    }

    /**
     * Checks a year's events against a template. Each event answers one slot at most; a slot takes,
     * in order of preference, the earliest event of its kind in its window and format, then one in
     * its window in another format, then one of its kind elsewhere in the year.
     */
    public static CalendarCheck of(CalendarTemplate template, int year, List<NetworkEvent> events) {
        List<NetworkEvent> candidates = events.stream()
                .filter(e -> e.on().getYear() == year && e.status() != EventStatus.CANCELLED)
                .sorted(Comparator.comparing(NetworkEvent::on).thenComparing(e -> e.id().toString()))
                .toList();
        Set<EventId> used = new HashSet<>();
        SlotCheck[] answers = new SlotCheck[template.slots().size()];
        for (int pass = 0; pass < 3; pass++) {
            for (int i = 0; i < answers.length; i++) {
                if (answers[i] != null) {
                    continue;
                }
                CalendarSlot slot = template.slots().get(i);
                Optional<NetworkEvent> found = pick(candidates, used, slot, pass);
                if (found.isPresent()) {
                    used.add(found.get().id());
                    answers[i] = answer(slot, found.get(), pass);
                }
            }
        }
        List<SlotCheck> checks = new ArrayList<>();
        for (int i = 0; i < answers.length; i++) {
            CalendarSlot slot = template.slots().get(i);
            checks.add(answers[i] != null ? answers[i] : new SlotCheck(slot, SlotStatus.MISSING, null,
                    Reason.of("calendar.missing", slot.label(), slot.kind(), slot.from(), slot.to(), year)));
        }
        return new CalendarCheck(year, template.name(), checks);
    }

    private static Optional<NetworkEvent> pick(List<NetworkEvent> candidates, Set<EventId> used, CalendarSlot slot, int pass) {
        return candidates.stream()
                .filter(e -> !used.contains(e.id()) && e.kind() == slot.kind())
                .filter(e -> switch (pass) {
                    case 0 -> slot.allows(e.on().getMonth()) && e.format() == slot.format();
                    case 1 -> slot.allows(e.on().getMonth());
                    default -> true;
                })
                .findFirst();
    }

    private static SlotCheck answer(CalendarSlot slot, NetworkEvent event, int pass) {
        LocalDate on = event.on();
        return switch (pass) {
            case 0 -> new SlotCheck(slot, SlotStatus.FULFILLED, event.id(), null);
            case 1 -> new SlotCheck(slot, SlotStatus.FORMAT_DIFFERS, event.id(),
                    Reason.of("calendar.format-differs", slot.label(), on, event.format(), slot.format()));
            default -> new SlotCheck(slot, SlotStatus.OUT_OF_WINDOW, event.id(),
                    Reason.of("calendar.out-of-window", slot.label(), on, slot.from(), slot.to()));
        };
    }
}
