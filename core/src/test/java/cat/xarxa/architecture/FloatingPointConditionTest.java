package cat.xarxa.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.common.Money;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule that keeps floating point out of the fees catches each way it could come in. */
class FloatingPointConditionTest {

    static final class ExactSums {
        private final Money fee = Money.euros(150);

        Money share(BigDecimal rate) {
            return fee.times(rate, RoundingMode.HALF_UP);
        }
    }

    static final class DoubleField {
        private double rate;
    }

    static final class FloatParameter {
        void take(float rate) {
        }
    }

    static final class BoxedReturn {
        Double rate() {
            return null;
        }
    }

    static final class DoubleArrayField {
        private double[] rates;
    }

    static final class CallToADoubleMethod {
        boolean check(String text) {
            return Double.isFinite(Double.parseDouble(text) + 0);
        }
    }

    static final class CallGivingADouble {
        Object rate(BigDecimal rate) {
            return rate.doubleValue() > 0;
        }
    }

    static final class ConstructorTakingADouble {
        BigDecimal rate() {
            return new BigDecimal(0.05d);
        }
    }

    private static final JavaClasses FIXTURES = new ClassFileImporter().importClasses(ExactSums.class, DoubleField.class,
            FloatParameter.class, BoxedReturn.class, DoubleArrayField.class, CallToADoubleMethod.class,
            CallGivingADouble.class, ConstructorTakingADouble.class);

    private static EvaluationResult evaluate(Class<?> type) {
        return classes().that().haveFullyQualifiedName(type.getName()).should(ArchitectureTest.USE_NO_FLOATING_POINT)
                .evaluate(FIXTURES);
    }

    @Test
    void moneyAndDecimalsPass() {
        assertFalse(evaluate(ExactSums.class).hasViolation(), evaluate(ExactSums.class).getFailureReport().toString());
    }

    @Test
    void eachWayInIsCaught() {
        for (Class<?> type : List.of(DoubleField.class, FloatParameter.class, BoxedReturn.class, DoubleArrayField.class,
                CallToADoubleMethod.class, CallGivingADouble.class, ConstructorTakingADouble.class)) {
            assertTrue(evaluate(type).hasViolation(), type.getSimpleName());
        }
    }

    @Test
    void theViolationNamesTheMember() {
        List<String> details = evaluate(DoubleField.class).getFailureReport().getDetails();

        assertEquals(1, details.size(), details.toString());
        assertTrue(details.get(0).contains("DoubleField.rate"), details.get(0));
    }
}
