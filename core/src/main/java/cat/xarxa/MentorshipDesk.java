package cat.xarxa;

import cat.xarxa.common.Decision;
import cat.xarxa.common.IdSource;
import cat.xarxa.common.Reason;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.Membership;
import cat.xarxa.member.PersonId;
import cat.xarxa.mentorship.AcceptMentorship;
import cat.xarxa.mentorship.AgreeActivities;
import cat.xarxa.mentorship.CancelMentorship;
import cat.xarxa.mentorship.CompleteMentorship;
import cat.xarxa.mentorship.DeclineMentorship;
import cat.xarxa.mentorship.Documentation;
import cat.xarxa.mentorship.ExtendMentorship;
import cat.xarxa.mentorship.Extension;
import cat.xarxa.mentorship.MentorOffered;
import cat.xarxa.mentorship.MentorProfile;
import cat.xarxa.mentorship.Mentorship;
import cat.xarxa.mentorship.MentorshipChanged;
import cat.xarxa.mentorship.MentorshipId;
import cat.xarxa.mentorship.MentorshipMeeting;
import cat.xarxa.mentorship.MentorshipReport;
import cat.xarxa.mentorship.MentorshipStatus;
import cat.xarxa.mentorship.MentorshipStep;
import cat.xarxa.mentorship.MentorshipTerms;
import cat.xarxa.mentorship.Mentorships;
import cat.xarxa.mentorship.OfferMentoring;
import cat.xarxa.mentorship.ProposeMentorship;
import cat.xarxa.mentorship.RecordMentorshipMeeting;
import cat.xarxa.mentorship.ReplaceParticipant;
import cat.xarxa.mentorship.ShareDocumentation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/** {@link Mentorships} over a store: each command is one unit of work. */
final class MentorshipDesk implements Mentorships {

    private final UnitOfWork work;
    private final IdSource ids;
    private final Membership members;
    private final MentorshipTerms terms;

    MentorshipDesk(UnitOfWork work, IdSource ids, Membership members, MentorshipTerms terms) {
        this.work = work;
        this.ids = ids;
        this.members = members;
        this.terms = terms;
    }

    @Override
    public Decision<MentorProfile> offer(OfferMentoring command) {
        return work.run(scope -> {
            List<Reason> problems = new ArrayList<>();
            if (scope.tx().people().find(command.person()).isEmpty()) {
                problems.add(Reason.of("person.not-found", command.person()));
            }
            Optional<Member> council = scope.tx().members().find(command.council());
            if (council.isEmpty()) {
                problems.add(Reason.of("member.not-found", command.council()));
            }
            if (!problems.isEmpty()) {
                return Decision.rejected(problems);
            }
            long version = scope.tx().mentorships().profile(command.person()).map(MentorProfile::version).orElse(0L);
            MentorProfile profile = new MentorProfile(command.person(), command.council(), command.topics(), command.open(),
                    command.capacity(), version);
            long stored = scope.tx().mentorships().save(profile);
            MentorProfile saved = profile.withVersion(stored);
            return scope.record(Decision.accepted(saved, new MentorOffered(saved)), stored);
        });
    }

    /**
     * Why a person may not take part for a council at a date: the council must have the services
     * right ({@code rights.*-services}, {@code rights.not-a-member}) and the person must hold a
     * mandate there ({@code mentorship.not-of-council}).
     */
    private List<Reason> participationProblems(UnitOfWork.Scope scope, PersonId person, MemberId council, LocalDate on) {
        List<Reason> problems = new ArrayList<>(ServiceRights.problems(members, council, on, "mentorship.no-service-rights"));
        if (problems.stream().anyMatch(r -> r.code().equals(ServiceRights.UNKNOWN_MEMBER))) {
            return problems;
        }
        boolean ofCouncil = scope.tx().members().find(council).map(m -> m.mandatesOn(on).stream()
                .anyMatch(mandate -> mandate.person().equals(person))).orElse(false);
        if (!ofCouncil) {
            problems.add(Reason.of("mentorship.not-of-council", person, council));
        }
        return problems;
    }

    @Override
    public Decision<Mentorship> propose(ProposeMentorship command) {
        return work.run(scope -> {
            List<Reason> problems = new ArrayList<>();
            Optional<MentorProfile> profile = scope.tx().mentorships().profile(command.mentor());
            if (profile.isEmpty() || !profile.get().open()) {
                problems.add(Reason.of("mentorship.mentor-unavailable", command.mentor()));
            } else {
                if (!profile.get().topics().contains(command.topic())) {
                    problems.add(Reason.of("mentorship.topic-not-offered", command.topic(),
                            String.join(", ", profile.get().topics())));
                }
                if (!terms.sameCouncilAllowed() && profile.get().council().equals(command.menteeCouncil())) {
                    problems.add(Reason.of("mentorship.same-council", command.menteeCouncil()));
                }
                problems.addAll(participationProblems(scope, command.mentor(), profile.get().council(), command.on()));
            }
            if (command.mentor().equals(command.mentee())) {
                problems.add(Reason.of("mentorship.self", command.mentee()));
            }
            problems.addAll(participationProblems(scope, command.mentee(), command.menteeCouncil(), command.on()));
            boolean already = scope.tx().mentorships().ofPerson(command.mentee()).stream()
                    .anyMatch(m -> m.mentee().equals(command.mentee()) && m.mentor().equals(command.mentor())
                            && m.status().isOpen());
            if (already) {
                problems.add(Reason.of("mentorship.already-with-mentor", command.mentee(), command.mentor()));
            }
            if (!problems.isEmpty()) {
                return Decision.rejected(problems);
            }
            Mentorship proposed = Mentorship.proposed(new MentorshipId(ids.nextId()), command.mentor(),
                    profile.get().council(), command.mentee(), command.menteeCouncil(), command.topic(),
                    command.proposal() == null ? "" : command.proposal().trim(), command.on());
            return store(scope, proposed, "MentorshipProposed");
        });
    }

    private static Decision<Mentorship> store(UnitOfWork.Scope scope, Mentorship mentorship, String change) {
        long version = scope.tx().mentorships().save(mentorship);
        Mentorship stored = mentorship.withVersion(version);
        return scope.record(Decision.accepted(stored, new MentorshipChanged(stored, change)), version);
    }

    /** Loads a mentorship, applies a change and stores it under an event's name. */
    private Decision<Mentorship> changing(MentorshipId id, String change,
                                          java.util.function.BiFunction<UnitOfWork.Scope, Mentorship, Decision<Mentorship>> step) {
        return work.run(scope -> scope.tx().mentorships().mentorship(id).map(found -> {
            Decision<Mentorship> next = step.apply(scope, found);
            return next.isRejected() ? next : store(scope, next.orElseThrow(), change);
        }).orElseGet(() -> Decision.rejected(Reason.of("mentorship.not-found", id))));
    }

    @Override
    public Decision<Mentorship> accept(AcceptMentorship command) {
        return changing(command.mentorship(), "MentorshipAccepted", (scope, m) -> {
            if (m.status() != MentorshipStatus.PROPOSED) {
                return m.accept(command.on(), terms.maxDuration());
            }
            List<Reason> problems = new ArrayList<>();
            LocalDate lapsesAfter = m.proposedOn().plusDays(terms.proposalDays());
            if (command.on().isAfter(lapsesAfter)) {
                problems.add(Reason.of("mentorship.proposal-lapsed", m.proposedOn(), lapsesAfter));
            }
            MentorProfile profile = scope.tx().mentorships().profile(m.mentor()).orElseThrow();
            long active = scope.tx().mentorships().ofPerson(m.mentor()).stream()
                    .filter(other -> other.mentor().equals(m.mentor()) && other.status() == MentorshipStatus.ACTIVE).count();
            if (active >= profile.capacity()) {
                problems.add(Reason.of("mentorship.mentor-full", m.mentor(), profile.capacity()));
            }
            problems.addAll(participationProblems(scope, m.mentor(), m.mentorCouncil(), command.on()));
            problems.addAll(participationProblems(scope, m.mentee(), m.menteeCouncil(), command.on()));
            if (!problems.isEmpty()) {
                return Decision.rejected(problems);
            }
            return m.accept(command.on(), terms.maxDuration());
        });
    }

    @Override
    public Decision<Mentorship> decline(DeclineMentorship command) {
        return changing(command.mentorship(), "MentorshipDeclined", (scope, m) -> m.decline(command.on(),
                command.reason() == null ? "" : command.reason().trim()));
    }

    @Override
    public Decision<Mentorship> meet(RecordMentorshipMeeting command) {
        return changing(command.mentorship(), "MentorshipMeetingHeld", (scope, m) -> m.meet(new MentorshipMeeting(
                command.on(), command.format(), command.summary() == null ? "" : command.summary().trim())));
    }

    @Override
    public Decision<Mentorship> agree(AgreeActivities command) {
        return changing(command.mentorship(), "ActivitiesAgreed", (scope, m) -> m.agree(command.activities().trim(),
                command.on()));
    }

    @Override
    public Decision<Mentorship> extend(ExtendMentorship command) {
        return changing(command.mentorship(), "MentorshipExtended", (scope, m) -> m.extend(new Extension(command.until(),
                command.mentorAgreedOn(), command.menteeAgreedOn())));
    }

    @Override
    public Decision<Mentorship> share(ShareDocumentation command) {
        return changing(command.mentorship(), "DocumentationShared", (scope, m) -> m.document(new Documentation(
                command.summary() == null ? "" : command.summary().trim(), command.link() == null ? "" : command.link().trim(),
                command.on())));
    }

    @Override
    public Decision<Mentorship> complete(CompleteMentorship command) {
        return changing(command.mentorship(), "MentorshipCompleted", (scope, m) -> m.complete(command.on(), command.by()));
    }

    @Override
    public Decision<Mentorship> cancel(CancelMentorship command) {
        return changing(command.mentorship(), "MentorshipCancelled", (scope, m) -> m.cancel(command.by(), command.on(),
                command.reason()));
    }

    @Override
    public Decision<Mentorship> replace(ReplaceParticipant command) {
        return work.read(tx -> tx.mentorships().mentorship(command.mentorship())
                .<Decision<Mentorship>>map(m -> Decision.rejected(Reason.of("mentorship.people-fixed", command.replaced())))
                .orElseGet(() -> Decision.rejected(Reason.of("mentorship.not-found", command.mentorship()))));
    }

    @Override
    public List<Mentorship> expireDue(LocalDate today) {
        return work.run(scope -> {
            List<Mentorship> due;
            try (Stream<Mentorship> all = scope.tx().mentorships().mentorships()) {
                due = all.filter(m -> m.status() == MentorshipStatus.PROPOSED
                                && today.isAfter(m.proposedOn().plusDays(terms.proposalDays()))
                                || m.status() == MentorshipStatus.ACTIVE && today.isAfter(m.endsOn()))
                        .toList();
            }
            List<Mentorship> changed = new ArrayList<>();
            for (Mentorship m : due) {
                boolean proposal = m.status() == MentorshipStatus.PROPOSED;
                Decision<Mentorship> next = proposal ? m.lapse(today) : m.expire(today);
                if (next.isAccepted()) {
                    changed.add(store(scope, next.orElseThrow(), proposal ? "MentorshipLapsed" : "MentorshipExpired")
                            .orElseThrow());
                }
            }
            return changed;
        });
    }

    @Override
    public Optional<MentorProfile> profile(PersonId person) {
        return work.read(tx -> tx.mentorships().profile(person));
    }

    @Override
    public List<MentorProfile> mentorsFor(String topic) {
        return work.read(tx -> {
            try (Stream<MentorProfile> all = tx.mentorships().profiles()) {
                return all.filter(p -> p.open() && p.topics().contains(topic)).toList();
            }
        });
    }

    @Override
    public Optional<Mentorship> mentorship(MentorshipId id) {
        return work.read(tx -> tx.mentorships().mentorship(id));
    }

    @Override
    public List<Mentorship> of(PersonId person) {
        return work.read(tx -> tx.mentorships().ofPerson(person));
    }

    @Override
    public List<Mentorship> sharedOn(String topic) {
        return all(stream -> stream.filter(m -> m.status() == MentorshipStatus.COMPLETED && m.topic().equals(topic)).toList());
    }

    private <T> T all(Function<Stream<Mentorship>, T> query) {
        return work.read(tx -> {
            try (Stream<Mentorship> all = tx.mentorships().mentorships()) {
                return query.apply(all);
            }
        });
    }

    @Override
    public MentorshipReport report(LocalDate from, LocalDate to) {
        return all(stream -> {
            long active = 0;
            long completed = 0;
            long expired = 0;
            long cancelled = 0;
            Map<PersonId, Long> load = new HashMap<>();
            Map<String, Long> shared = new HashMap<>();
            for (Mentorship m : stream.toList()) {
                Optional<LocalDate> started = m.startedOn();
                LocalDate ended = m.status().isOpen() ? null : m.history().get(m.history().size() - 1).on();
                if (started.isPresent() && !started.get().isAfter(to) && (ended == null || !ended.isBefore(from))) {
                    active++;
                }
                MentorshipStep last = m.history().get(m.history().size() - 1);
                boolean inPeriod = !last.on().isBefore(from) && !last.on().isAfter(to);
                switch (m.status()) {
                    case COMPLETED -> completed += inPeriod ? 1 : 0;
                    case EXPIRED -> expired += inPeriod ? 1 : 0;
                    case CANCELLED -> cancelled += inPeriod ? 1 : 0;
                    default -> { }
                }
                if (started.isPresent() && !started.get().isAfter(to) && (ended == null || ended.isAfter(to))) {
                    load.merge(m.mentor(), 1L, Long::sum);
                }
                if (m.status() == MentorshipStatus.COMPLETED && !last.on().isAfter(to)) {
                    shared.merge(m.topic(), 1L, Long::sum);
                }
            }
            return new MentorshipReport(from, to, active, completed, expired, cancelled, load, shared);
        });
    }
}
