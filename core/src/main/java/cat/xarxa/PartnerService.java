package cat.xarxa;

import cat.xarxa.common.Decision;
import cat.xarxa.common.IdSource;
import cat.xarxa.common.Reason;
import cat.xarxa.member.PersonId;
import cat.xarxa.partner.ChangePartnerContact;
import cat.xarxa.partner.Partner;
import cat.xarxa.partner.PartnerContactChanged;
import cat.xarxa.partner.PartnerId;
import cat.xarxa.partner.PartnerRegistered;
import cat.xarxa.partner.PartnerRegistry;
import cat.xarxa.partner.RegisterPartner;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** {@link PartnerRegistry} over a store: each command is one unit of work. */
final class PartnerService implements PartnerRegistry {

    private final UnitOfWork work;
    private final IdSource ids;

    PartnerService(UnitOfWork work, IdSource ids) {
        this.work = work;
        this.ids = ids;
    }

    @Override
    public Decision<PartnerId> register(RegisterPartner command) {
        String name = command.name().trim();
        return work.run(scope -> {
            Optional<Reason> problem = scope.tx().partners().findByName(name)
                    .map(p -> Reason.of("partner.already-registered", name))
                    .or(() -> unknownPerson(scope, command.contactPerson()));
            if (problem.isPresent()) {
                return Decision.rejected(problem.get());
            }
            Partner partner = new Partner(new PartnerId(ids.nextId()), name, command.kind(),
                    command.website() == null ? "" : command.website().trim(), command.contactPerson(), 0);
            long version = scope.tx().partners().save(partner);
            scope.record(Decision.accepted(partner, new PartnerRegistered(partner)), version);
            return Decision.<PartnerId>accepted(partner.id(), new PartnerRegistered(partner));
        });
    }

    @Override
    public Decision<Partner> changeContact(ChangePartnerContact command) {
        return work.run(scope -> {
            Optional<Reason> unknown = unknownPerson(scope, command.person());
            if (unknown.isPresent()) {
                return Decision.rejected(unknown.get());
            }
            return scope.tx().partners().find(command.partnerId())
                    .map(partner -> {
                        Partner changed = partner.withContact(command.person());
                        long version = scope.tx().partners().save(changed);
                        return scope.record(Decision.accepted(changed.withVersion(version),
                                new PartnerContactChanged(partner.id(), command.person())), version);
                    })
                    .orElseGet(() -> Decision.rejected(Reason.of("partner.not-found", command.partnerId())));
        });
    }

    private static Optional<Reason> unknownPerson(UnitOfWork.Scope scope, PersonId person) {
        return person == null || scope.tx().people().find(person).isPresent()
                ? Optional.empty() : Optional.of(Reason.of("person.not-found", person));
    }

    @Override
    public Optional<Partner> find(PartnerId id) {
        return work.read(tx -> tx.partners().find(id));
    }

    @Override
    public List<Partner> list() {
        return work.read(tx -> {
            try (Stream<Partner> all = tx.partners().all()) {
                return all.toList();
            }
        });
    }
}
