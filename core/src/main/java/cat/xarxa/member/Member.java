package cat.xarxa.member;

import cat.xarxa.common.Decision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A member of the network (membre): a town council, a county council or another local public
 * body, with its admission history.
 *
 * <p>A member is created by a request to join ({@link #requestMembership}) and changes status
 * only through {@link #referToAssembly}, {@link #admit}, {@link #withdraw} and
 * {@link #applyAgain}, which follow {@link MemberRules}; every change is kept in
 * {@link #history()}, from which the membership periods are read. It also holds its official
 * population by reference year. Changes return a new member: this object never
 * changes. {@link #version()} is the version the store last saved (0 for a member not yet
 * stored), used for optimistic concurrency. Immutable and thread-safe.
 */
public final class Member {

    /** The aggregate type in the journal. */
    public static final String AGGREGATE_TYPE = "member";

    private final MemberId id;
    private final MemberKind kind;
    private final String officialCode;
    private final String name;
    private final List<StatusChange> history;
    private final List<Population> population;
    private final List<Mandate> mandates;
    private final long version;

    private Member(MemberId id, MemberKind kind, String officialCode, String name,
                   List<StatusChange> history, List<Population> population, List<Mandate> mandates, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.officialCode = Objects.requireNonNull(officialCode, "officialCode");
        this.name = Objects.requireNonNull(name, "name");
        this.history = List.copyOf(history);
        this.population = population.stream().sorted(Comparator.comparingInt(Population::year)).toList();
        this.mandates = List.copyOf(mandates);
        this.version = version;
    }

    /**
     * A body that has just asked to join: pending, with the request as the first step of its
     * history. Whether it may ask at all is decided by the caller with
     * {@link MemberRules#REGISTRATION}.
     */
    public static Decision<Member> requestMembership(MemberId id, MemberKind kind, String officialCode, String name,
                                                     LocalDate requestedOn) {
        Member member = new Member(id, kind, officialCode, name,
                List.of(new StatusChange(MemberStatus.APPLIED, requestedOn, "")), List.of(), List.of(), 0);
        return Decision.accepted(member, new MembershipRequested(id, kind, officialCode, name, requestedOn));
    }

    /**
     * A member as a store or an import holds it.
     *
     * @throws IllegalArgumentException if the history is not one a member could have lived
     *                                  ({@link MemberRules#historyProblem(List)})
     */
    public static Member restore(MemberId id, MemberKind kind, String officialCode, String name,
                                 List<StatusChange> history, long version) {
        return restore(id, kind, officialCode, name, history, List.of(), version);
    }

    /**
     * A member as a store or an import holds it, with its population figures.
     *
     * @throws IllegalArgumentException if the history is not one a member could have lived, or
     *                                  two figures are for the same year
     */
    public static Member restore(MemberId id, MemberKind kind, String officialCode, String name,
                                 List<StatusChange> history, List<Population> population, long version) {
        return restore(id, kind, officialCode, name, history, population, List.of(), version);
    }

    /**
     * A member as a store or an import holds it, with its population figures and the mandates
     * of its people.
     *
     * @throws IllegalArgumentException if the history is not one a member could have lived, two
     *                                  figures are for the same year, or two people hold a
     *                                  single-holder role at once
     */
    public static Member restore(MemberId id, MemberKind kind, String officialCode, String name,
                                 List<StatusChange> history, List<Population> population, List<Mandate> mandates,
                                 long version) {
        MemberRules.mandatesProblem(mandates).ifPresent(reason -> {
            throw new IllegalArgumentException(reason.toString());
        });
        MemberRules.historyProblem(history).ifPresent(reason -> {
            throw new IllegalArgumentException(reason.toString());
        });
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative: " + version);
        }
        if (population.stream().map(Population::year).distinct().count() != population.size()) {
            throw new IllegalArgumentException("one population figure a year: " + population);
        }
        return new Member(id, kind, officialCode, name, history, population, mandates, version);
    }

    /** A withdrawn body asks to join again: a new application, which may lead to a new membership period. */
    public Decision<Member> applyAgain(LocalDate requestedOn) {
        MemberRules.Transition transition = new MemberRules.Transition(this, MemberStatus.APPLIED, requestedOn);
        return MemberRules.TRANSITIONS.decide(transition, () -> Decision.accepted(
                moveTo(new StatusChange(MemberStatus.APPLIED, requestedOn, "")),
                new MembershipRequested(id, kind, officialCode, name, requestedOn)));
    }

    /** The presidency refers the application to a General Assembly, which will decide on it. */
    public Decision<Member> referToAssembly(LocalDate referredOn, String assemblyReference) {
        MemberRules.Transition transition = new MemberRules.Transition(this, MemberStatus.PENDING, referredOn);
        return MemberRules.TRANSITIONS.decide(transition, () -> Decision.accepted(
                moveTo(new StatusChange(MemberStatus.PENDING, referredOn, assemblyReference)),
                new MembershipReferred(id, referredOn, assemblyReference)));
    }

    /**
     * Records the official population for a reference year; a figure for a year already
     * recorded replaces it (a correction), and the journal keeps both.
     */
    public Decision<Member> recordPopulation(Population figure) {
        List<Population> figures = new ArrayList<>(population);
        figures.removeIf(p -> p.year() == figure.year());
        figures.add(figure);
        return Decision.accepted(new Member(id, kind, officialCode, name, history, figures, mandates, version),
                new PopulationRecorded(id, figure.year(), figure.inhabitants(), figure.source()));
    }

    /** A General Assembly admits the applicant. */
    public Decision<Member> admit(LocalDate decidedOn, String assemblyReference) {
        MemberRules.Transition transition = new MemberRules.Transition(this, MemberStatus.MEMBER, decidedOn);
        return MemberRules.TRANSITIONS.decide(transition, () -> Decision.accepted(
                moveTo(new StatusChange(MemberStatus.MEMBER, decidedOn, assemblyReference)),
                new MemberAdmitted(id, decidedOn, assemblyReference)));
    }

    /** The member leaves the network; its history stays. */
    public Decision<Member> withdraw(LocalDate effectiveOn, String reason) {
        MemberRules.Transition transition = new MemberRules.Transition(this, MemberStatus.WITHDRAWN, effectiveOn);
        return MemberRules.TRANSITIONS.decide(transition, () -> Decision.accepted(
                moveTo(new StatusChange(MemberStatus.WITHDRAWN, effectiveOn, reason)),
                new MemberWithdrawn(id, effectiveOn, reason)));
    }

    private Member moveTo(StatusChange change) {
        List<StatusChange> longer = new ArrayList<>(history);
        longer.add(change);
        return new Member(id, kind, officialCode, name, longer, population, mandates, version);
    }

    /** The same member as stored at a new version. */
    public Member withVersion(long storedVersion) {
        return new Member(id, kind, officialCode, name, history, population, mandates, storedVersion);
    }

    /**
     * A person starts holding a role for the member from a date. A representative or technical
     * contact already in place is replaced with {@link #handOver}, not by a second appointment.
     */
    public Decision<Member> appoint(PersonId person, Role role, LocalDate from) {
        Mandate mandate = new Mandate(person, role, from, null);
        return MemberRules.APPOINTMENTS.decide(new MemberRules.Appointment(this, mandate), () -> Decision.accepted(
                withMandates(plus(mandates, mandate)), new MandateStarted(id, person, role, from)));
    }

    /**
     * The holder of a role hands it over to another person on a date (e.g. after municipal
     * elections): the old mandate ends that day and the new one starts.
     */
    public Decision<Member> handOver(Role role, PersonId successor, LocalDate on) {
        return MemberRules.HANDOVERS.decide(new MemberRules.Handover(this, role, successor, on), () -> {
            Mandate outgoing = openMandate(role).orElseThrow();
            List<Mandate> changed = new ArrayList<>(mandates);
            changed.set(changed.indexOf(outgoing), outgoing.endedOn(on));
            changed.add(new Mandate(successor, role, on, null));
            return Decision.accepted(withMandates(changed), List.of(
                    new MandateEnded(id, outgoing.person(), role, on),
                    new MandateStarted(id, successor, role, on)));
        });
    }

    /** A person stops holding a role, with nobody after them yet. */
    public Decision<Member> endMandate(PersonId person, Role role, LocalDate on) {
        return MemberRules.ENDINGS.decide(new MemberRules.Ending(this, person, role, on), () -> {
            Mandate open = mandates.stream().filter(m -> m.isOpen() && m.role() == role && m.person().equals(person))
                    .findFirst().orElseThrow();
            List<Mandate> changed = new ArrayList<>(mandates);
            changed.set(changed.indexOf(open), open.endedOn(on));
            return Decision.accepted(withMandates(changed), new MandateEnded(id, person, role, on));
        });
    }

    private Member withMandates(List<Mandate> changed) {
        return new Member(id, kind, officialCode, name, history, population, changed, version);
    }

    private static List<Mandate> plus(List<Mandate> mandates, Mandate mandate) {
        List<Mandate> longer = new ArrayList<>(mandates);
        longer.add(mandate);
        return longer;
    }

    /** The open mandate of a role, if any. */
    public Optional<Mandate> openMandate(Role role) {
        return mandates.stream().filter(m -> m.role() == role && m.isOpen()).findFirst();
    }

    /** Who held a single-holder role on a date: "who represented Manlleu on 1 June 2023?". */
    public Optional<PersonId> holderOn(Role role, LocalDate date) {
        return mandates.stream().filter(m -> m.role() == role && m.covers(date)).map(Mandate::person).findFirst();
    }

    /** Every mandate that covers a date. */
    public List<Mandate> mandatesOn(LocalDate date) {
        return mandates.stream().filter(m -> m.covers(date)).toList();
    }

    /** Every mandate, past and present, in the order they started; unmodifiable. */
    public List<Mandate> mandates() {
        return mandates;
    }

    /** Every period of full membership, oldest first: a re-admitted council has several. */
    public List<MembershipPeriod> periods() {
        List<MembershipPeriod> periods = new ArrayList<>();
        LocalDate admitted = null;
        for (StatusChange change : history) {
            if (change.status() == MemberStatus.MEMBER) {
                admitted = change.since();
            } else if (change.status() == MemberStatus.WITHDRAWN && admitted != null) {
                periods.add(new MembershipPeriod(admitted, change.since()));
                admitted = null;
            }
        }
        if (admitted != null) {
            periods.add(new MembershipPeriod(admitted, null));
        }
        return periods;
    }

    /** The population figures, by year; never null, unmodifiable. */
    public List<Population> population() {
        return population;
    }

    /** The population figure of a reference year, if recorded. */
    public Optional<Population> populationIn(int year) {
        for (Population figure : population) {
            if (figure.year() == year) {
                return Optional.of(figure);
            }
        }
        return Optional.empty();
    }

    /** The status at a date; empty before the first step of the history. */
    public Optional<MemberStatus> statusOn(LocalDate date) {
        MemberStatus found = null;
        for (StatusChange change : history) {
            if (change.since().isAfter(date)) {
                break;
            }
            found = change.status();
        }
        return Optional.ofNullable(found);
    }

    public MemberId id() {
        return id;
    }

    public MemberKind kind() {
        return kind;
    }

    /** The INE code for a town council, the county code or the tax id otherwise; never null. */
    public String officialCode() {
        return officialCode;
    }

    public String name() {
        return name;
    }

    /** The current status: that of the last step of the history. */
    public MemberStatus status() {
        return history.get(history.size() - 1).status();
    }

    /** Every status change, oldest first; never empty, unmodifiable. */
    public List<StatusChange> history() {
        return history;
    }

    /** The version last stored; 0 if never stored. */
    public long version() {
        return version;
    }

    /** Same id, data, history, population, mandates and version. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Member other && id.equals(other.id) && kind == other.kind
                && officialCode.equals(other.officialCode) && name.equals(other.name)
                && history.equals(other.history) && population.equals(other.population)
                && mandates.equals(other.mandates) && version == other.version;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, kind, officialCode, name, history, population, mandates, version);
    }

    @Override
    public String toString() {
        return "Member[" + name + " (" + officialCode + "), " + status() + ", id " + id + ", v" + version + "]";
    }
}
