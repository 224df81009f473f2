package cat.xarxa.jdbc;

import cat.xarxa.common.Money;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Amounts of money in {@code DECIMAL(14,2)} columns, bound and read as exact decimals, never as
 * floating point; an absent amount (a rule with no floor, say) is null.
 */
final class Amounts {

    private Amounts() {
    }

    /** Binds an amount, or a typed null when there is none. */
    static void set(PreparedStatement statement, int index, Money amount) throws SQLException {
        if (amount == null) {
            statement.setNull(index, Types.DECIMAL);
        } else {
            statement.setBigDecimal(index, amount.amount());
        }
    }

    /** The amount in a column of the current row, or null when the column is. */
    static Money in(ResultSet rows, int column) throws SQLException {
        BigDecimal amount = rows.getBigDecimal(column);
        return amount == null ? null : Money.euros(amount);
    }
}
