package cat.xarxa;

import cat.xarxa.advisory.Advisory;
import cat.xarxa.advisory.AdvisoryRequest;
import cat.xarxa.advisory.AdvisoryStatus;
import cat.xarxa.advisory.ProviderKind;
import cat.xarxa.care.Contact;
import cat.xarxa.care.OnboardingMeeting;
import cat.xarxa.common.Decision;
import cat.xarxa.common.JournalEntry;
import cat.xarxa.common.Reason;
import cat.xarxa.governance.Attendance;
import cat.xarxa.governance.BodySeat;
import cat.xarxa.governance.NetworkEvent;
import cat.xarxa.member.Mandate;
import cat.xarxa.member.Member;
import cat.xarxa.member.Person;
import cat.xarxa.member.PersonErased;
import cat.xarxa.member.PersonEvent;
import cat.xarxa.member.PersonId;
import cat.xarxa.mentorship.MentorProfile;
import cat.xarxa.mentorship.Mentorship;
import cat.xarxa.mentorship.MentorshipStep;
import cat.xarxa.partner.Partner;
import cat.xarxa.practice.PracticeSubmission;
import cat.xarxa.privacy.DueForErasure;
import cat.xarxa.privacy.Erasure;
import cat.xarxa.privacy.Privacy;
import cat.xarxa.privacy.RetentionPolicy;
import cat.xarxa.privacy.SubjectAccess;
import cat.xarxa.spi.Transaction;
import cat.xarxa.workinggroup.GroupMeeting;
import cat.xarxa.workinggroup.GroupStatus;
import cat.xarxa.workinggroup.Participation;
import cat.xarxa.workinggroup.WorkingGroup;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/** {@link Privacy} over a store: subject access and the due list read, an erasure is one unit of work. */
final class PrivacyDesk implements Privacy {

    private static final String ERASED = PersonErased.class.getSimpleName();

    private final UnitOfWork work;
    private final Clock clock;
    private final RetentionPolicy retention;

    PrivacyDesk(UnitOfWork work, Clock clock, RetentionPolicy retention) {
        this.work = work;
        this.clock = clock;
        this.retention = retention;
    }

    @Override
    public RetentionPolicy retention() {
        return retention;
    }

    @Override
    public Decision<SubjectAccess> subjectAccess(PersonId id) {
        Objects.requireNonNull(id, "person");
        return work.read(tx -> tx.people().find(id)
                .map(person -> Decision.<SubjectAccess>accepted(gather(tx, person), List.of()))
                .orElseGet(() -> Decision.rejected(Reason.of("person.not-found", id))));
    }

    @Override
    public Decision<Erasure> erase(PersonId id, LocalDate on, String reason) {
        Objects.requireNonNull(id, "person");
        Objects.requireNonNull(on, "on");
        if (reason == null || reason.isBlank()) {
            return Decision.rejected(Reason.of("privacy.reason-missing", id));
        }
        return work.run(scope -> {
            Transaction tx = scope.tx();
            Optional<Person> found = tx.people().find(id);
            if (found.isEmpty()) {
                return Decision.rejected(Reason.of("person.not-found", id));
            }
            Person person = found.get();
            if (isErased(tx, person)) {
                return Decision.rejected(Reason.of("privacy.already-erased", id, person.name()));
            }
            int cleared = clearAdvisoryRequests(tx, id) + clearMentorships(tx, id) + clearCareLog(tx, id);
            tx.mentorships().profile(id).filter(MentorProfile::open).ifPresent(profile -> tx.mentorships().save(
                    new MentorProfile(profile.person(), profile.council(), profile.topics(), false, profile.capacity(),
                            profile.version())));
            Person erased = person.pseudonymised();
            long version = tx.people().save(erased);
            Erasure erasure = new Erasure(erased.withVersion(version), on, cleared);
            return scope.record(Decision.accepted(erasure, new PersonErased(id, on, reason.trim(), cleared)), version);
        });
    }

    @Override
    public List<DueForErasure> dueForErasure(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return work.read(tx -> {
            Map<PersonId, Span> spans = new HashMap<>();
            collectLinks(tx, spans);
            List<DueForErasure> due = new ArrayList<>();
            try (Stream<Person> people = tx.people().all()) {
                people.forEachOrdered(person -> {
                    Span span = spans.get(person.id());
                    if (span != null && span.open) {
                        return;
                    }
                    if (person.name().equals(Person.placeholderName(person.id())) && isErased(tx, person)) {
                        return;
                    }
                    LocalDate last = span != null && span.last != null ? span.last : registeredOn(tx, person.id());
                    LocalDate from = retention.personDataErasableFrom(last);
                    if (!asOf.isBefore(from)) {
                        due.add(new DueForErasure(person.id(), last, from));
                    }
                });
            }
            return due;
        });
    }

    // --- erasure ---

    private static boolean isErased(Transaction tx, Person person) {
        return tx.journal().entriesFor(PersonEvent.AGGREGATE_TYPE, person.id().toString()).stream()
                .anyMatch(e -> e.eventType().equals(ERASED));
    }

    /** Empties the details of the person's advisory requests. */
    /**
     * Empties the notes of the contacts logged with the person and of the onboarding meetings they
     * attended: notes are written about people and may name them.
     */
    private static int clearCareLog(Transaction tx, PersonId id) {
        List<Contact> contacts;
        try (Stream<Contact> all = tx.careLog().contacts()) {
            contacts = all.filter(c -> id.equals(c.person()) && !c.note().isEmpty()).toList();
        }
        List<OnboardingMeeting> meetings;
        try (Stream<OnboardingMeeting> all = tx.careLog().meetings()) {
            meetings = all.filter(m -> m.attendees().contains(id) && !m.notes().isEmpty()).toList();
        }
        contacts.forEach(c -> tx.careLog().eraseNote(c.id()));
        meetings.forEach(m -> tx.careLog().eraseNotes(m.id()));
        return contacts.size() + meetings.size();
    }

    private static int clearAdvisoryRequests(Transaction tx, PersonId id) {
        List<Advisory> touched;
        try (Stream<Advisory> all = tx.advisories().advisories()) {
            touched = all.filter(a -> a.requests().stream().anyMatch(r -> r.person().equals(id) && !r.details().isEmpty()))
                    .toList();
        }
        int cleared = 0;
        for (Advisory a : touched) {
            List<AdvisoryRequest> requests = new ArrayList<>();
            for (AdvisoryRequest r : a.requests()) {
                if (r.person().equals(id) && !r.details().isEmpty()) {
                    requests.add(new AdvisoryRequest(r.id(), r.member(), r.person(), r.topic(), "", r.format(), r.pkg(),
                            r.requestedOn()));
                    cleared++;
                } else {
                    requests.add(r);
                }
            }
            tx.advisories().save(new Advisory(a.id(), a.period(), a.topic(), a.pkg(), requests, a.provider(),
                    a.coProvider(), a.sessions(), a.status(), a.mergedInto(), a.reserved(), a.consumed(), a.version()));
        }
        return cleared;
    }

    /** Empties the proposal the person wrote as mentee and the notes of the steps the person took. */
    private static int clearMentorships(Transaction tx, PersonId id) {
        int cleared = 0;
        for (Mentorship m : tx.mentorships().ofPerson(id)) {
            int before = cleared;
            String proposal = m.proposal();
            if (m.mentee().equals(id) && !proposal.isEmpty()) {
                proposal = "";
                cleared++;
            }
            List<MentorshipStep> history = new ArrayList<>();
            for (MentorshipStep step : m.history()) {
                if (id.equals(step.by()) && !step.note().isEmpty()) {
                    history.add(new MentorshipStep(step.status(), step.on(), step.by(), ""));
                    cleared++;
                } else {
                    history.add(step);
                }
            }
            if (cleared > before) {
                tx.mentorships().save(new Mentorship(m.id(), m.mentor(), m.mentorCouncil(), m.mentee(), m.menteeCouncil(),
                        m.topic(), proposal, history, m.endsOn(), m.extensions(), m.activities(), m.meetings(),
                        m.documentation(), m.version()));
            }
        }
        return cleared;
    }

    // --- subject access ---

    private static SubjectAccess gather(Transaction tx, Person person) {
        PersonId id = person.id();
        List<SubjectAccess.MandateHeld> mandates = new ArrayList<>();
        try (Stream<Member> members = tx.members().all()) {
            members.forEachOrdered(member -> {
                for (Mandate m : member.mandates()) {
                    if (m.person().equals(id)) {
                        mandates.add(new SubjectAccess.MandateHeld(member.id(), member.name(), m.role(), m.from(), m.to()));
                    }
                }
            });
        }
        List<Contact> contacts;
        try (Stream<Contact> all = tx.careLog().contacts()) {
            contacts = all.filter(c -> id.equals(c.person())).toList();
        }
        List<OnboardingMeeting> meetings;
        try (Stream<OnboardingMeeting> all = tx.careLog().meetings()) {
            meetings = all.filter(m -> m.attendees().contains(id)).toList();
        }
        List<SubjectAccess.PartnerContact> partners;
        try (Stream<Partner> all = tx.partners().all()) {
            partners = all.filter(p -> id.equals(p.contactPerson()))
                    .map(p -> new SubjectAccess.PartnerContact(p.id(), p.name())).toList();
        }
        List<SubjectAccess.RequestMade> requests = new ArrayList<>();
        List<SubjectAccess.AdvisoryProvided> provided = new ArrayList<>();
        try (Stream<Advisory> all = tx.advisories().advisories()) {
            all.forEachOrdered(a -> {
                a.requests().stream().filter(r -> r.person().equals(id))
                        .forEach(r -> requests.add(new SubjectAccess.RequestMade(a.id(), a.status(), r)));
                if (a.provider().kind() == ProviderKind.EXPERT_PERSON && id.equals(a.provider().person())) {
                    provided.add(new SubjectAccess.AdvisoryProvided(a.id(), a.period(), a.topic(), a.status(), a.sessions()));
                }
            });
        }
        MentorProfile profile = tx.mentorships().profile(id).orElse(null);
        List<Mentorship> mentorships = tx.mentorships().ofPerson(id);
        List<SubjectAccess.GroupParticipation> participations = new ArrayList<>();
        List<SubjectAccess.GroupCoordinated> coordinated = new ArrayList<>();
        List<SubjectAccess.GroupMeetingAttended> groupMeetings = new ArrayList<>();
        try (Stream<WorkingGroup> all = tx.workingGroups().groups()) {
            all.forEachOrdered(g -> {
                g.participants().stream().filter(p -> id.equals(p.person()))
                        .forEach(p -> participations.add(new SubjectAccess.GroupParticipation(g.id(), g.name(), p)));
                if (id.equals(g.coordinator())) {
                    coordinated.add(new SubjectAccess.GroupCoordinated(g.id(), g.name()));
                }
                g.meetings().stream().filter(m -> m.attendees().contains(id))
                        .forEach(m -> groupMeetings.add(new SubjectAccess.GroupMeetingAttended(g.id(), g.name(), m)));
            });
        }
        List<BodySeat> seats;
        try (Stream<BodySeat> all = tx.governance().seats()) {
            seats = all.filter(s -> id.equals(s.person())).toList();
        }
        List<SubjectAccess.EventAttended> events = new ArrayList<>();
        try (Stream<NetworkEvent> all = tx.governance().events()) {
            all.forEachOrdered(e -> {
                for (Attendance a : e.attendance()) {
                    if (id.equals(a.person())) {
                        events.add(new SubjectAccess.EventAttended(e.id(), e.kind(), e.title(), e.on(), a.council()));
                    }
                }
            });
        }
        List<PracticeSubmission> submissions;
        try (Stream<PracticeSubmission> all = tx.practices().submissions()) {
            submissions = all.filter(s -> s.contact().equals(id)).toList();
        }
        List<JournalEntry> journal = tx.journal().entriesFor(PersonEvent.AGGREGATE_TYPE, id.toString());
        boolean erased = journal.stream().anyMatch(e -> e.eventType().equals(ERASED));
        return new SubjectAccess(person, erased, mandates, contacts, meetings, partners, requests, provided, profile,
                mentorships, participations, coordinated, groupMeetings, seats, events, submissions, journal);
    }

    // --- retention ---

    /** When a person's links to the network ended: still open, or the last day one ended. */
    private static final class Span {
        boolean open;
        LocalDate last;

        void openLink() {
            open = true;
        }

        void ended(LocalDate on) {
            if (on != null && (last == null || on.isAfter(last))) {
                last = on;
            }
        }
    }

    private static Span span(Map<PersonId, Span> spans, PersonId id) {
        return spans.computeIfAbsent(id, k -> new Span());
    }

    private static void link(Map<PersonId, Span> spans, PersonId id, LocalDate endedOn) {
        if (id == null) {
            return;
        }
        if (endedOn == null) {
            span(spans, id).openLink();
        } else {
            span(spans, id).ended(endedOn);
        }
    }

    /** Every link of every person, in one pass over the stores. */
    private static void collectLinks(Transaction tx, Map<PersonId, Span> spans) {
        try (Stream<Member> members = tx.members().all()) {
            members.forEachOrdered(member -> member.mandates().forEach(m -> link(spans, m.person(), m.to())));
        }
        try (Stream<Contact> all = tx.careLog().contacts()) {
            all.forEachOrdered(c -> link(spans, c.person(), c.on()));
        }
        try (Stream<OnboardingMeeting> all = tx.careLog().meetings()) {
            all.forEachOrdered(m -> m.attendees().forEach(p -> link(spans, p, m.on())));
        }
        try (Stream<Partner> all = tx.partners().all()) {
            all.forEachOrdered(p -> link(spans, p.contactPerson(), null));
        }
        try (Stream<Advisory> all = tx.advisories().advisories()) {
            all.forEachOrdered(a -> {
                boolean open = a.status() == AdvisoryStatus.OPEN || a.status() == AdvisoryStatus.SCHEDULED;
                LocalDate last = a.sessions().stream().map(s -> s.end().toLocalDate()).max(LocalDate::compareTo)
                        .orElse(null);
                for (AdvisoryRequest r : a.requests()) {
                    LocalDate end = last == null || r.requestedOn().isAfter(last) ? r.requestedOn() : last;
                    link(spans, r.person(), open ? null : end);
                }
                if (a.provider().person() != null) {
                    LocalDate end = last != null ? last
                            : a.requests().stream().map(AdvisoryRequest::requestedOn).max(LocalDate::compareTo).orElse(null);
                    link(spans, a.provider().person(), open || end == null ? null : end);
                }
            });
        }
        try (Stream<MentorProfile> all = tx.mentorships().profiles()) {
            all.filter(MentorProfile::open).forEachOrdered(p -> link(spans, p.person(), null));
        }
        try (Stream<Mentorship> all = tx.mentorships().mentorships()) {
            all.forEachOrdered(m -> {
                LocalDate end = m.status().isOpen() ? null : m.history().get(m.history().size() - 1).on();
                link(spans, m.mentor(), end);
                link(spans, m.mentee(), end);
            });
        }
        try (Stream<WorkingGroup> all = tx.workingGroups().groups()) {
            all.forEachOrdered(g -> {
                for (Participation p : g.participants()) {
                    link(spans, p.person(), p.until());
                }
                link(spans, g.coordinator(),
                        g.status() == GroupStatus.CLOSED ? g.history().get(g.history().size() - 1).on() : null);
                for (GroupMeeting m : g.meetings()) {
                    m.attendees().forEach(p -> link(spans, p, m.on()));
                }
            });
        }
        try (Stream<BodySeat> all = tx.governance().seats()) {
            all.forEachOrdered(s -> link(spans, s.person(), s.until()));
        }
        try (Stream<NetworkEvent> all = tx.governance().events()) {
            all.forEachOrdered(e -> e.attendance().forEach(a -> link(spans, a.person(), e.on())));
        }
        try (Stream<PracticeSubmission> all = tx.practices().submissions()) {
            all.forEachOrdered(s -> link(spans, s.contact(), Stream.of(s.submittedOn(), s.reviewedOn(), s.publishedOn())
                    .filter(Objects::nonNull).max(LocalDate::compareTo).orElseThrow()));
        }
    }

    /** The day a person was registered, as the journal has it. */
    private LocalDate registeredOn(Transaction tx, PersonId id) {
        List<JournalEntry> entries = tx.journal().entriesFor(PersonEvent.AGGREGATE_TYPE, id.toString());
        return entries.isEmpty() ? LocalDate.now(clock)
                : LocalDate.ofInstant(entries.get(0).recordedAt(), clock.getZone());
    }
}
