package cat.xarxa;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.common.Decision;
import cat.xarxa.common.Localisation;
import cat.xarxa.common.Reason;
import java.util.List;

/** What the facade tests ask of every refusal: the stable code, and a real message in each language. */
final class ReasonAssertions {

    private ReasonAssertions() {
    }

    /** The decision is a refusal, and one of its reasons has the code and is explained in ca, es and en. */
    static void assertRefusedFor(String code, Decision<?> decision) {
        assertTrue(decision.isRejected(), () -> "accepted: " + decision);
        Reason reason = decision.reasons().stream().filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " is not among " + decision.reasons()));
        assertExplainedInEachLanguage(reason);
    }

    /** A message of its own in Catalan, Spanish and English, none of them the bare code. */
    static void assertExplainedInEachLanguage(Reason reason) {
        String english = reason.message(Localisation.ENGLISH);
        String catalan = reason.message(Localisation.CATALAN);
        String spanish = reason.message(Localisation.SPANISH);
        for (String message : List.of(english, catalan, spanish)) {
            assertFalse(message.isBlank() || message.startsWith(reason.code()), message);
        }
        assertNotEquals(english, catalan);
        assertNotEquals(english, spanish);
        assertNotEquals(catalan, spanish);
    }
}
