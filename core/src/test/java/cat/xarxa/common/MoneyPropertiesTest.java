package cat.xarxa.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class MoneyPropertiesTest {

    @Provide
    Arbitrary<Money> amounts() {
        return Arbitraries.longs().between(-1_000_000_000_00L, 1_000_000_000_00L).map(Money::ofCents);
    }

    @Property
    void addingThenSubtractingGivesTheSameAmount(@ForAll("amounts") Money a, @ForAll("amounts") Money b) {
        assertEquals(a, a.plus(b).minus(b));
    }

    @Property
    void additionIsExactInCents(@ForAll("amounts") Money a, @ForAll("amounts") Money b, @ForAll("amounts") Money c) {
        assertEquals(a.cents() + b.cents() + c.cents(), a.plus(b).plus(c).cents());
        assertEquals(a.plus(b).plus(c), a.plus(b.plus(c)));
    }

    @Property
    void multiplyingByAWholeNumberIsRepeatedAddition(@ForAll("amounts") Money a, @ForAll @IntRange(min = 0, max = 50) int times) {
        Money sum = Money.ZERO;
        for (int i = 0; i < times; i++) {
            sum = sum.plus(a);
        }
        assertEquals(sum, a.times(times));
    }

    @Property
    void textRoundTrips(@ForAll("amounts") Money a) {
        assertEquals(a, Money.parse(a.toString()));
        assertEquals(a, Money.euros(new BigDecimal(a.toString())));
    }

    @Property
    void aThousandthOfAEuroIsNeverSilentlyRounded(@ForAll @LongRange(min = -1_000_000, max = 1_000_000) long mills) {
        if (mills % 10 == 0) {
            return;
        }
        String text = BigDecimal.valueOf(mills, 3).toPlainString();
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Money.euros(text));
        assertTrue(error.getMessage().contains("two decimals"), error.getMessage());
    }

    @Property
    void splittingAnAmountByAShareRoundedHalfUpLosesAtMostHalfACent(@ForAll("amounts") Money a,
                                                                    @ForAll @IntRange(min = 1, max = 99) int percent) {
        BigDecimal share = BigDecimal.valueOf(percent, 2);
        Money part = a.times(share, RoundingMode.HALF_UP);
        BigDecimal exact = a.amount().multiply(share);
        assertTrue(part.amount().subtract(exact).abs().compareTo(new BigDecimal("0.005")) <= 0);
    }

    @Test
    void factoriesAgree() {
        assertEquals(Money.euros("150.00"), Money.euros(150));
        assertEquals(Money.euros("150"), Money.ofCents(15000));
        assertEquals("-3.50", Money.euros("-3.5").toString());
        assertThrows(IllegalArgumentException.class, () -> Money.euros("1,50"));
    }
}
