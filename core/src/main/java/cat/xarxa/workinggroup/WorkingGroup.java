package cat.xarxa.workinggroup;

import cat.xarxa.care.NeedId;
import cat.xarxa.common.Decision;
import cat.xarxa.common.Reason;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A working group (grup de treball): a theme and a mandate, created from a member's need or a
 * proposal, coordinated by one or more councils and a person, with its participants, meetings and
 * products. Its budget is kept apart, by year ({@link GroupBudget}). Immutable.
 *
 * @param id           the id
 * @param name         its name, e.g. {@code Habitatge cooperatiu}
 * @param theme        a theme tag, e.g. {@code housing-cooperatives}
 * @param mandate      what it is for; may be empty
 * @param need         the member's need it was created from, or null
 * @param coordinators the coordinating councils, at least one
 * @param coordinator  the coordinating person, or null
 * @param history      its statuses, oldest first
 * @param participants councils and people taking or having taken part
 * @param meetings     its meetings, by date
 * @param products     its products
 * @param version      the version the store last saved; 0 if never stored
 */
public record WorkingGroup(WorkingGroupId id, String name, String theme, String mandate, NeedId need,
                           List<MemberId> coordinators, PersonId coordinator, List<GroupStep> history,
                           List<Participation> participants, List<GroupMeeting> meetings, List<GroupProduct> products,
                           long version) {

    /** The aggregate type in the journal. */
    public static final String AGGREGATE_TYPE = "working-group";

    public WorkingGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(theme, "theme");
        mandate = mandate == null ? "" : mandate;
        coordinators = List.copyOf(coordinators);
        history = List.copyOf(history);
        if (history.isEmpty()) {
            throw new IllegalArgumentException("a working group starts with its proposal");
        }
        participants = List.copyOf(participants);
        meetings = List.copyOf(meetings);
        products = List.copyOf(products);
    }

    /** A proposed group. */
    public static WorkingGroup proposed(WorkingGroupId id, String name, String theme, String mandate, NeedId need,
                                        List<MemberId> coordinators, PersonId coordinator, LocalDate on, String reference) {
        return new WorkingGroup(id, name, theme, mandate, need, coordinators, coordinator,
                List.of(new GroupStep(GroupStatus.PROPOSED, on, reference)), List.of(), List.of(), List.of(), 0);
    }

    /** The current status. */
    public GroupStatus status() {
        return history.get(history.size() - 1).status();
    }

    /** The same group as stored at a version. */
    public WorkingGroup withVersion(long storedVersion) {
        return new WorkingGroup(id, name, theme, mandate, need, coordinators, coordinator, history, participants, meetings,
                products, storedVersion);
    }

    private WorkingGroup with(List<GroupStep> newHistory, List<Participation> newParticipants,
                              List<GroupMeeting> newMeetings, List<GroupProduct> newProducts) {
        return new WorkingGroup(id, name, theme, mandate, need, coordinators, coordinator, newHistory, newParticipants,
                newMeetings, newProducts, version);
    }

    /** Moves to a status. {@code group.illegal-transition}, {@code group.date-before-last} */
    public Decision<WorkingGroup> moveTo(GroupStatus to, LocalDate on, String reference) {
        List<Reason> reasons = new ArrayList<>();
        if (!status().next().contains(to)) {
            reasons.add(Reason.of("group.illegal-transition", status(), to));
        }
        LocalDate last = history.get(history.size() - 1).on();
        if (on.isBefore(last)) {
            reasons.add(Reason.of("group.date-before-last", on, last));
        }
        if (!reasons.isEmpty()) {
            return Decision.rejected(reasons);
        }
        List<GroupStep> steps = new ArrayList<>(history);
        steps.add(new GroupStep(to, on, reference));
        return Decision.accepted(with(steps, participants, meetings, products), List.of());
    }

    private Optional<Reason> closed() {
        return status() == GroupStatus.CLOSED ? Optional.of(Reason.of("group.closed", name)) : Optional.empty();
    }

    /** A council (or a person of it) joins. {@code group.already-participating}, {@code group.closed} */
    public Decision<WorkingGroup> join(MemberId council, PersonId person, LocalDate from) {
        List<Reason> reasons = new ArrayList<>();
        closed().ifPresent(reasons::add);
        boolean already = participants.stream().anyMatch(p -> p.council().equals(council)
                && Objects.equals(p.person(), person) && p.until() == null);
        if (already) {
            reasons.add(Reason.of("group.already-participating", person == null ? council : person));
        }
        if (!reasons.isEmpty()) {
            return Decision.rejected(reasons);
        }
        List<Participation> all = new ArrayList<>(participants);
        all.add(new Participation(council, person, from, null));
        return Decision.accepted(with(history, all, meetings, products), List.of());
    }

    /** A council (or a person of it) leaves. {@code group.not-participating}, {@code group.leave-before-join} */
    public Decision<WorkingGroup> leave(MemberId council, PersonId person, LocalDate on) {
        Optional<Participation> open = participants.stream().filter(p -> p.council().equals(council)
                && Objects.equals(p.person(), person) && p.until() == null).findFirst();
        if (open.isEmpty()) {
            return Decision.rejected(Reason.of("group.not-participating", person == null ? council : person));
        }
        if (on.isBefore(open.get().from())) {
            return Decision.rejected(Reason.of("group.leave-before-join", on, open.get().from()));
        }
        List<Participation> all = participants.stream()
                .map(p -> p == open.get() ? new Participation(p.council(), p.person(), p.from(), on) : p).toList();
        return Decision.accepted(with(history, all, meetings, products), List.of());
    }

    /** Records a meeting; the group must be active. {@code group.not-active} */
    public Decision<WorkingGroup> meet(GroupMeeting meeting) {
        if (status() != GroupStatus.ACTIVE) {
            return Decision.rejected(Reason.of("group.not-active", name, status()));
        }
        List<GroupMeeting> all = new ArrayList<>(meetings);
        all.add(meeting);
        all.sort(java.util.Comparator.comparing(GroupMeeting::on));
        return Decision.accepted(with(history, participants, all, products), List.of());
    }

    /** Adds a product or moves it on (planned → in progress → published; never back). */
    public Decision<WorkingGroup> product(GroupProduct product) {
        List<Reason> reasons = new ArrayList<>();
        closed().ifPresent(reasons::add);
        Optional<GroupProduct> before = products.stream().filter(p -> p.id().equals(product.id())).findFirst();
        if (before.isPresent() && product.status().compareTo(before.get().status()) < 0) {
            reasons.add(Reason.of("group.product-backwards", before.get().status(), product.status()));
        }
        if (!reasons.isEmpty()) {
            return Decision.rejected(reasons);
        }
        List<GroupProduct> all = new ArrayList<>(products.stream().filter(p -> !p.id().equals(product.id())).toList());
        int at = before.map(products::indexOf).orElse(all.size());
        all.add(Math.min(at, all.size()), product);
        return Decision.accepted(with(history, participants, meetings, all), List.of());
    }
}
