package cat.xarxa;

import cat.xarxa.common.Decision;
import cat.xarxa.common.IdSource;
import cat.xarxa.common.IneCode;
import cat.xarxa.common.Municipalities;
import cat.xarxa.common.Municipality;
import cat.xarxa.common.Reason;
import cat.xarxa.member.AdmitMember;
import cat.xarxa.member.ApplyForMembership;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberKind;
import cat.xarxa.member.MemberRules;
import cat.xarxa.member.Membership;
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

    MembershipService(UnitOfWork work, IdSource ids, Clock clock) {
        this.work = work;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Decision<MemberId> apply(ApplyForMembership command) {
        IneCode code = IneCode.parse(command.ineCode());
        String name = command.name() == null || command.name().isBlank()
                ? Municipalities.official().find(code).map(Municipality::name).orElseThrow()
                : command.name().trim();
        return work.run(scope -> {
            Optional<Member> existing = scope.tx().members().findByOfficialCode(MemberKind.MUNICIPALITY, code.toString());
            Decision<Member> decision = MemberRules.REGISTRATION.decide(
                    new MemberRules.Registration(code.toString(), existing, command.requestedOn(), LocalDate.now(clock)),
                    () -> Member.requestMembership(new MemberId(ids.nextId()), MemberKind.MUNICIPALITY,
                            code.toString(), name, command.requestedOn()));
            return store(scope, decision).map(Member::id);
        });
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
