package cat.xarxa;

import cat.xarxa.care.Contact;
import cat.xarxa.care.ContactId;
import cat.xarxa.care.ContactLogged;
import cat.xarxa.care.FollowUpNeed;
import cat.xarxa.care.LogContact;
import cat.xarxa.care.MeetingId;
import cat.xarxa.care.MemberCare;
import cat.xarxa.care.Need;
import cat.xarxa.care.NeedFound;
import cat.xarxa.care.NeedId;
import cat.xarxa.care.NeedRaised;
import cat.xarxa.care.NeedsReport;
import cat.xarxa.care.NeedsReportCount;
import cat.xarxa.care.OnboardingMeeting;
import cat.xarxa.care.OnboardingMeetingHeld;
import cat.xarxa.care.RaiseNeed;
import cat.xarxa.care.RecordOnboardingMeeting;
import cat.xarxa.common.Decision;
import cat.xarxa.common.IdSource;
import cat.xarxa.common.Reason;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** {@link MemberCare} over a store: each command is one unit of work. */
final class CareService implements MemberCare {

    private final UnitOfWork work;
    private final IdSource ids;
    private final List<String> categories;

    CareService(UnitOfWork work, IdSource ids, List<String> categories) {
        this.work = work;
        this.ids = ids;
        this.categories = List.copyOf(categories);
    }

    @Override
    public Decision<MeetingId> recordOnboarding(RecordOnboardingMeeting command) {
        return work.run(scope -> {
            List<Reason> problems = new ArrayList<>();
            memberProblem(scope, command.memberId()).ifPresent(problems::add);
            command.attendees().stream().filter(p -> scope.tx().people().find(p).isEmpty())
                    .forEach(p -> problems.add(Reason.of("person.not-found", p)));
            command.needs().forEach(n -> needProblems(n.category(), command.on(), n.expectedOn()).forEach(problems::add));
            if (!problems.isEmpty()) {
                return Decision.rejected(problems);
            }
            OnboardingMeeting meeting = new OnboardingMeeting(new MeetingId(ids.nextId()), command.memberId(), command.on(),
                    command.format(), command.attendees(), trimmed(command.notes()));
            scope.tx().careLog().add(meeting);
            scope.record(Decision.accepted(meeting, new OnboardingMeetingHeld(meeting)), 1);
            for (NeedFound found : command.needs()) {
                store(scope, new Need(new NeedId(ids.nextId()), command.memberId(), found.category(),
                        found.description().trim(), command.on(), found.expectedOn(), List.of(), 0));
            }
            return Decision.<MeetingId>accepted(meeting.id(), new OnboardingMeetingHeld(meeting));
        });
    }

    @Override
    public Decision<NeedId> raiseNeed(RaiseNeed command) {
        return work.run(scope -> {
            List<Reason> problems = new ArrayList<>();
            memberProblem(scope, command.memberId()).ifPresent(problems::add);
            problems.addAll(needProblems(command.category(), command.raisedOn(), command.expectedOn()));
            if (!problems.isEmpty()) {
                return Decision.rejected(problems);
            }
            Need need = new Need(new NeedId(ids.nextId()), command.memberId(), command.category(),
                    command.description().trim(), command.raisedOn(), command.expectedOn(), List.of(), 0);
            store(scope, need);
            return Decision.<NeedId>accepted(need.id(), new NeedRaised(need));
        });
    }

    private static void store(UnitOfWork.Scope scope, Need need) {
        long version = scope.tx().needs().save(need);
        scope.record(Decision.accepted(need, new NeedRaised(need)), version);
    }

    @Override
    public Decision<Need> followUp(FollowUpNeed command) {
        return work.run(scope -> scope.tx().needs().find(command.needId())
                .map(need -> {
                    Decision<Need> decision = need.followUp(command.on(), command.status(), trimmed(command.note()));
                    if (decision.isRejected()) {
                        return decision;
                    }
                    long version = scope.tx().needs().save(decision.orElseThrow());
                    return scope.record(Decision.accepted(decision.orElseThrow().withVersion(version), decision.events()), version);
                })
                .orElseGet(() -> Decision.rejected(Reason.of("need.not-found", command.needId()))));
    }

    @Override
    public Decision<ContactId> logContact(LogContact command) {
        return work.run(scope -> {
            List<Reason> problems = new ArrayList<>();
            memberProblem(scope, command.memberId()).ifPresent(problems::add);
            PersonId person = command.personId();
            if (person != null && scope.tx().people().find(person).isEmpty()) {
                problems.add(Reason.of("person.not-found", person));
            }
            if (!problems.isEmpty()) {
                return Decision.rejected(problems);
            }
            Contact contact = new Contact(new ContactId(ids.nextId()), command.memberId(), command.on(), command.channel(),
                    command.topic(), trimmed(command.note()), person);
            scope.tx().careLog().add(contact);
            scope.record(Decision.accepted(contact, new ContactLogged(contact)), 1);
            return Decision.<ContactId>accepted(contact.id(), new ContactLogged(contact));
        });
    }

    private static Optional<Reason> memberProblem(UnitOfWork.Scope scope, MemberId member) {
        return scope.tx().members().find(member).isPresent()
                ? Optional.empty() : Optional.of(Reason.of("member.not-found", member));
    }

    private List<Reason> needProblems(String category, LocalDate raisedOn, LocalDate expectedOn) {
        List<Reason> problems = new ArrayList<>();
        if (!categories.contains(category)) {
            problems.add(Reason.of("need.unknown-category", category, String.join(", ", categories)));
        }
        if (expectedOn != null && expectedOn.isBefore(raisedOn)) {
            problems.add(Reason.of("need.expected-before-raised", expectedOn, raisedOn));
        }
        return problems;
    }

    private static String trimmed(String text) {
        return text == null ? "" : text.trim();
    }

    @Override
    public Optional<Need> need(NeedId id) {
        return work.read(tx -> tx.needs().find(id));
    }

    @Override
    public List<Need> needsOf(MemberId member) {
        return work.read(tx -> tx.needs().ofMember(member));
    }

    @Override
    public List<Contact> contactsOf(MemberId member) {
        return work.read(tx -> tx.careLog().contactsOf(member));
    }

    @Override
    public List<OnboardingMeeting> onboardingsOf(MemberId member) {
        return work.read(tx -> tx.careLog().meetingsOf(member));
    }

    @Override
    public NeedsReport needsReport(LocalDate from, LocalDate to) {
        NeedsReportCount count = new NeedsReportCount(from, to);
        return work.read(tx -> {
            try (Stream<Need> all = tx.needs().all()) {
                all.forEach(count::add);
                return count.result();
            }
        });
    }

    @Override
    public List<String> categories() {
        return categories;
    }
}
