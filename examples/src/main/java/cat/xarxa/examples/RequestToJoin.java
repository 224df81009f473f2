package cat.xarxa.examples;

import cat.xarxa.Xarxa;
import cat.xarxa.common.Decision;
import cat.xarxa.member.ApplyForMembership;
import cat.xarxa.member.MemberId;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

public final class RequestToJoin {
    public static void main(String[] args) {
        try (Xarxa xarxa = Xarxa.open(Map.of("xarxa.jdbc.url", "jdbc:h2:file:./xarxa-data/portal"))) {
            Decision<MemberId> decision = xarxa.members()
                    .apply(new ApplyForMembership("081120", null, LocalDate.now()));
            if (decision.isAccepted()) {
                System.out.println("Request registered: " + decision.orElseThrow());
            } else {
                decision.reasons(Locale.forLanguageTag("ca")).forEach(System.out::println);
            }
        }
    }
}
