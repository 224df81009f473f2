package cat.xarxa;

import cat.xarxa.common.Decision;
import cat.xarxa.common.IdSource;
import cat.xarxa.common.IneCode;
import cat.xarxa.common.Municipalities;
import cat.xarxa.common.Municipality;
import cat.xarxa.common.Reason;
import cat.xarxa.common.TaxId;
import cat.xarxa.member.AdmitMember;
import cat.xarxa.member.Census;
import cat.xarxa.member.CensusCount;
import cat.xarxa.member.AppointPerson;
import cat.xarxa.member.EndMandate;
import cat.xarxa.member.HandOver;
import cat.xarxa.member.PersonId;
import cat.xarxa.member.Role;
import cat.xarxa.member.ApplyAsCountyCouncil;
import cat.xarxa.member.ApplyAsPublicBody;
import cat.xarxa.member.ApplyForMembership;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberKind;
import cat.xarxa.member.MemberRules;
import cat.xarxa.member.Membership;
import cat.xarxa.member.Population;
import cat.xarxa.member.RecordPopulation;
import cat.xarxa.member.ReferToAssembly;
import cat.xarxa.member.Rights;
import cat.xarxa.member.RightsPolicy;
import cat.xarxa.member.WithdrawMember;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/** {@link Membership} over a store: each command is one unit of work. */
final class MembershipService implements Membership {

    private final UnitOfWork work;
    private final IdSource ids;
    private final Clock clock;
    private final RightsPolicy rights;

    MembershipService(UnitOfWork work, IdSource ids, Clock clock, RightsPolicy rights) {
        this.work = work;
        this.ids = ids;
        this.clock = clock;
        this.rights = rights;
    }

    @Override
    public Decision<MemberId> apply(ApplyForMembership command) {
        IneCode code = IneCode.parse(command.ineCode());
        String name = command.name() == null || command.name().isBlank()
                ? Municipalities.official().find(code).map(Municipality::name).orElseThrow()
                : command.name().trim();
        return register(MemberKind.MUNICIPALITY, code.toString(), name, command.requestedOn());
    }

    @Override
    public Decision<MemberId> apply(ApplyAsCountyCouncil command) {
        return register(MemberKind.COUNTY_COUNCIL, command.countyCode(), command.name().trim(), command.requestedOn());
    }

    @Override
    public Decision<MemberId> apply(ApplyAsPublicBody command) {
        return register(MemberKind.OTHER_PUBLIC_BODY, TaxId.parse(command.taxId()).toString(), command.name().trim(),
                command.requestedOn());
    }

    /** A new registration, or a new application of a body that withdrew. */
    private Decision<MemberId> register(MemberKind kind, String officialCode, String name, LocalDate requestedOn) {
        return work.run(scope -> {
            Optional<Member> existing = scope.tx().members().findByOfficialCode(kind, officialCode);
            Decision<Member> decision = MemberRules.REGISTRATION.decide(
                    new MemberRules.Registration(officialCode, existing, requestedOn, LocalDate.now(clock)),
                    () -> existing.map(withdrawn -> withdrawn.applyAgain(requestedOn))
                            .orElseGet(() -> Member.requestMembership(new MemberId(ids.nextId()), kind, officialCode,
                                    name, requestedOn)));
            return store(scope, decision).map(Member::id);
        });
    }

    @Override
    public Decision<Member> referToAssembly(ReferToAssembly command) {
        return change(command.memberId(), m -> m.referToAssembly(command.referredOn(), command.assemblyReference()));
    }

    @Override
    public Decision<Member> recordPopulation(RecordPopulation command) {
        return change(command.memberId(), m -> m.recordPopulation(
                new Population(command.year(), command.inhabitants(), command.source().trim())));
    }

    @Override
    public Decision<Member> appoint(AppointPerson command) {
        return changeWithPerson(command.memberId(), command.personId(),
                m -> m.appoint(command.personId(), command.role(), command.from()));
    }

    @Override
    public Decision<Member> handOver(HandOver command) {
        return changeWithPerson(command.memberId(), command.successor(),
                m -> m.handOver(command.role(), command.successor(), command.on()));
    }

    @Override
    public Decision<Member> endMandate(EndMandate command) {
        return change(command.memberId(), m -> m.endMandate(command.personId(), command.role(), command.on()));
    }

    @Override
    public Optional<PersonId> holderOn(MemberId member, Role role, LocalDate date) {
        return find(member).flatMap(m -> m.holderOn(role, date));
    }

    /** A change that names a person, who must be registered. */
    private Decision<Member> changeWithPerson(MemberId id, PersonId person, Function<Member, Decision<Member>> action) {
        return work.run(scope -> {
            if (scope.tx().people().find(person).isEmpty()) {
                return Decision.rejected(Reason.of("person.not-found", person));
            }
            return scope.tx().members().find(id)
                    .map(member -> store(scope, action.apply(member)))
                    .orElseGet(() -> Decision.rejected(Reason.of("member.not-found", id)));
        });
    }

    @Override
    public Optional<Rights> rightsOn(MemberId member, LocalDate date) {
        return find(member).map(m -> rights.rightsOn(m, date));
    }

    @Override
    public List<Reason> rightsLimitsOn(MemberId member, LocalDate date) {
        return find(member).map(m -> rights.limitsOn(m, date)).orElse(List.of());
    }

    @Override
    public Optional<Member> findByOfficialCode(MemberKind kind, String officialCode) {
        String normalised = kind == MemberKind.OTHER_PUBLIC_BODY ? TaxId.normalise(officialCode) : officialCode.trim();
        return work.read(tx -> tx.members().findByOfficialCode(kind, normalised));
    }

    @Override
    public Decision<Member> admit(AdmitMember command) {
        return change(command.memberId(), m -> m.admit(command.decidedOn(), command.assemblyReference()));
    }

    @Override
    public Decision<Member> withdraw(WithdrawMember command) {
        return change(command.memberId(), m -> m.withdraw(command.effectiveOn(), command.reason()));
    }

    private Decision<Member> change(MemberId id, Function<Member, Decision<Member>> action) {
        return work.run(scope -> scope.tx().members().find(id)
                .map(member -> store(scope, action.apply(member)))
                .orElseGet(() -> Decision.rejected(Reason.of("member.not-found", id))));
    }

    private static Decision<Member> store(UnitOfWork.Scope scope, Decision<Member> decision) {
        if (decision.isRejected()) {
            return decision;
        }
        Member changed = decision.orElseThrow();
        long version = scope.tx().members().save(changed);
        scope.record(decision, version);
        return Decision.accepted(changed.withVersion(version), decision.events());
    }

    @Override
    public Census census(LocalDate date) {
        return work.read(tx -> {
            try (Stream<Member> all = tx.members().all()) {
                CensusCount count = new CensusCount(date);
                all.forEach(count::add);
                return count.result();
            }
        });
    }

    @Override
    public Optional<Member> find(MemberId id) {
        return work.read(tx -> tx.members().find(id));
    }

    @Override
    public Optional<Member> findTownCouncil(IneCode code) {
        return work.read(tx -> tx.members().findByOfficialCode(MemberKind.MUNICIPALITY, code.toString()));
    }

    @Override
    public List<Member> list() {
        return work.read(tx -> {
            try (Stream<Member> all = tx.members().all()) {
                return all.toList();
            }
        });
    }

    @Override
    public long count() {
        return work.read(tx -> tx.members().count());
    }
}
