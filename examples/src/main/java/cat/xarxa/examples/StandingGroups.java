package cat.xarxa.examples;

import cat.xarxa.Xarxa;
import cat.xarxa.common.IneCode;
import cat.xarxa.common.Localisation;
import cat.xarxa.common.Money;
import cat.xarxa.member.AdmitMember;
import cat.xarxa.member.ApplyForMembership;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import cat.xarxa.member.RegisterPerson;
import cat.xarxa.partner.PartnerId;
import cat.xarxa.partner.PartnerKind;
import cat.xarxa.partner.RegisterPartner;
import cat.xarxa.workinggroup.BudgetEntryKind;
import cat.xarxa.workinggroup.ChangeGroupStatus;
import cat.xarxa.workinggroup.EnterBudget;
import cat.xarxa.workinggroup.GroupBudget;
import cat.xarxa.workinggroup.GroupStatus;
import cat.xarxa.workinggroup.JoinGroup;
import cat.xarxa.workinggroup.ProductKind;
import cat.xarxa.workinggroup.ProductStatus;
import cat.xarxa.workinggroup.ProposeWorkingGroup;
import cat.xarxa.workinggroup.RecordGroupProduct;
import cat.xarxa.workinggroup.WorkingGroup;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The network's seven standing working groups, named after the themes of its plans, activated at
 * the 2026 plenary; the housing group publishes its guide with the housing cooperatives federation
 * and runs its budget, and an overspend is refused until an increase is approved. On a throwaway
 * in-memory store.
 *
 * <p>Its test ({@code StandingGroupsTest}) runs it with the build; from an IDE, run
 * {@link #main(String[])}.
 */
public final class StandingGroups {

    /** The seven standing groups: name and theme. */
    static final String[][] SEVEN = {
        {"Contractació i compra pública responsable", "responsible-public-procurement"},
        {"Habitatge cooperatiu", "housing-cooperatives"},
        {"Polítiques de cures i economies feministes", "care-policies"},
        {"Digitalització i programari lliure", "digitalisation-and-free-software"},
        {"Formació dels equips tècnics", "training"},
        {"Finançament públic de l'ESS", "public-funding"},
        {"Comunicació i visibilitat", "communication"},
    };

    private StandingGroups() {
    }

    public static void main(String[] args) {
        run(System.out);
    }

    /** Tells the story to {@code out}. */
    public static void run(PrintStream out) {
        Clock clock = Clock.fixed(Instant.parse("2026-12-31T12:00:00Z"), Xarxa.NETWORK_ZONE);
        try (Xarxa xarxa = Xarxa.builder().setting(Xarxa.STORAGE, "memory").clock(clock).build()) {
            MemberId sabadell = xarxa.members().apply(new ApplyForMembership(IneCode.parse("081878"),
                    LocalDate.of(2025, 10, 1))).orElseThrow();
            xarxa.members().admit(new AdmitMember(sabadell, LocalDate.of(2025, 11, 20), "AG 2025-11")).orElseThrow();
            MemberId manlleu = xarxa.members().apply(new ApplyForMembership(IneCode.parse("081120"),
                    LocalDate.of(2026, 1, 12))).orElseThrow();
            PersonId coordinator = xarxa.people().register(new RegisterPerson("Coordinadora de grups")).orElseThrow();
            LocalDate plenary = LocalDate.of(2026, 2, 6);

            List<WorkingGroup> groups = new ArrayList<>();
            for (String[] group : SEVEN) {
                WorkingGroup proposed = xarxa.workingGroups().propose(new ProposeWorkingGroup(group[0], group[1], null, null,
                        List.of(sabadell), coordinator, LocalDate.of(2026, 1, 15), "Comissió tècnica")).orElseThrow();
                groups.add(xarxa.workingGroups().changeStatus(new ChangeGroupStatus(proposed.id(), GroupStatus.ACTIVE,
                        plenary, "Plenari de grups de treball 2026")).orElseThrow());
            }
            out.println(groups.size() + " standing groups active: " + xarxa.workingGroups().byStatusAndTheme()
                    .get(GroupStatus.ACTIVE).size() + " themes");

            WorkingGroup housing = groups.get(1);
            xarxa.workingGroups().join(new JoinGroup(housing.id(), manlleu, null, plenary)).orElseThrow();
            out.println("Manlleu, still pending, takes part in " + xarxa.workingGroups().participationOn(plenary)
                    .getOrDefault(manlleu, 0L) + " group");
            PartnerId federation = xarxa.partners().register(new RegisterPartner("Federació de Cooperatives d'Habitatge "
                    + "de Catalunya", PartnerKind.FEDERATION, "https://www.cooperativesdhabitatge.coop", null)).orElseThrow();
            xarxa.workingGroups().product(new RecordGroupProduct(housing.id(), null,
                    "Guia de cooperativisme d'habitatge per a administracions locals", ProductKind.GUIDE,
                    ProductStatus.PUBLISHED, LocalDate.of(2026, 10, 1), List.of(federation))).orElseThrow();
            out.println("Published in 2026: " + xarxa.workingGroups().publishedIn(2026).get(0).title());

            enter(xarxa, housing, BudgetEntryKind.ALLOCATION, "3000.00", "CE 2026-02, acord 5", null);
            GroupBudget committed = enter(xarxa, housing, BudgetEntryKind.COMMITMENT, "2400.00", "Contracte de maquetació",
                    null).orElseThrow();
            var commitment = xarxa.workingGroups().ledger(housing.id(), 2026).stream()
                    .filter(e -> e.kind() == BudgetEntryKind.COMMITMENT).findFirst().orElseThrow().id();
            enter(xarxa, housing, BudgetEntryKind.EXPENSE, "2380.50", "Factura 2026/118", commitment).orElseThrow();
            enter(xarxa, housing, BudgetEntryKind.RELEASE, "19.50", "Saldo del contracte", commitment).orElseThrow();
            var refused = enter(xarxa, housing, BudgetEntryKind.EXPENSE, "900.00", "Impremta", null);
            out.println("Printing 900.00 €: " + refused.reasons().get(0).message(Localisation.CATALAN));
            enter(xarxa, housing, BudgetEntryKind.INCREASE, "300.00", "CE 2026-06, acord 2", null).orElseThrow();
            enter(xarxa, housing, BudgetEntryKind.EXPENSE, "900.00", "Impremta", null).orElseThrow();
            xarxa.workingGroups().budgetsOf(2026).forEach(b -> out.println("Budget " + b.name() + ": allocated "
                    + b.allocated() + " €, spent " + b.spent() + " €, remaining " + b.remaining() + " €"));
            out.println("Committed before the layout was paid: " + committed.committed() + " €");
        }
    }

    private static cat.xarxa.common.Decision<GroupBudget> enter(Xarxa xarxa, WorkingGroup group, BudgetEntryKind kind,
                                                                String amount, String reference,
                                                                cat.xarxa.workinggroup.BudgetEntryId commitment) {
        return xarxa.workingGroups().enter(new EnterBudget(group.id(), 2026, kind, Money.read(amount, "EUR"),
                LocalDate.of(2026, 6, 15), reference, commitment));
    }
}
