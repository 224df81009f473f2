package cat.xarxa.examples;

import cat.xarxa.Xarxa;
import cat.xarxa.common.IneCode;
import cat.xarxa.member.AdmitMember;
import cat.xarxa.member.AppointPerson;
import cat.xarxa.member.ApplyForMembership;
import cat.xarxa.member.HandOver;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import cat.xarxa.member.RegisterPerson;
import cat.xarxa.member.ReferToAssembly;
import cat.xarxa.member.Role;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * A council's life in the network, on a throwaway in-memory store: it applies, the presidency
 * refers it to the General Assembly, the assembly admits it, its representative and technician
 * are appointed, and after the municipal elections the representative is handed over. Then:
 * who represented the council on a given date, and who in the network knows about responsible
 * public procurement.
 *
 * <p>Its test ({@code RepresentativeHandoverTest}) runs it with the build; from an IDE, run
 * {@link #main(String[])}.
 */
public final class RepresentativeHandover {

    private static final LocalDate ELECTIONS_2023 = LocalDate.of(2023, 6, 17);

    private RepresentativeHandover() {
    }

    public static void main(String[] args) {
        run(System.out);
    }

    /** Tells the story to {@code out}. */
    public static void run(PrintStream out) {
        try (Xarxa xarxa = Xarxa.open(Map.of(Xarxa.STORAGE, "memory"))) {
            MemberId manlleu = xarxa.members()
                    .apply(new ApplyForMembership(IneCode.parse("081120"), LocalDate.of(2019, 3, 4))).orElseThrow();
            xarxa.members().referToAssembly(new ReferToAssembly(manlleu, LocalDate.of(2019, 3, 11), "AG 2019-04")).orElseThrow();
            xarxa.members().admit(new AdmitMember(manlleu, LocalDate.of(2019, 4, 25), "AG 2019-04")).orElseThrow();

            PersonId mayor = xarxa.people().register(new RegisterPerson("Regidora d'Economia Social (2019-2023)")).orElseThrow();
            PersonId successor = xarxa.people().register(new RegisterPerson("Regidor d'Economia Social (2023-)")).orElseThrow();
            PersonId technician = xarxa.people().register(new RegisterPerson("Tècnica d'ESS", "ess@example.cat", null,
                    Set.of("responsible-public-procurement", "cooperatives"))).orElseThrow();

            xarxa.members().appoint(new AppointPerson(manlleu, mayor, Role.POLITICAL_REPRESENTATIVE, LocalDate.of(2019, 6, 15)))
                    .orElseThrow();
            xarxa.members().appoint(new AppointPerson(manlleu, technician, Role.TECHNICAL_CONTACT, LocalDate.of(2019, 9, 1)))
                    .orElseThrow();
            xarxa.members().handOver(new HandOver(manlleu, Role.POLITICAL_REPRESENTATIVE, successor, ELECTIONS_2023))
                    .orElseThrow();

            for (LocalDate date : new LocalDate[] {LocalDate.of(2021, 10, 1), LocalDate.of(2024, 3, 1)}) {
                PersonId holder = xarxa.members().holderOn(manlleu, Role.POLITICAL_REPRESENTATIVE, date).orElseThrow();
                out.println("On " + date + " Manlleu was represented by: " + xarxa.people().find(holder).orElseThrow().name());
            }
            xarxa.people().withExpertise("responsible public procurement")
                    .forEach(p -> out.println("Knows about responsible public procurement: " + p.name()));
            xarxa.history(manlleu).forEach(e -> out.println("  " + e.eventType() + " " + e.data()));
        }
    }
}
