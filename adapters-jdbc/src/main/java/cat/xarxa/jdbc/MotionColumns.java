package cat.xarxa.jdbc;

import cat.xarxa.common.Hours;
import cat.xarxa.governance.Motion;
import cat.xarxa.governance.MotionKind;
import cat.xarxa.member.MemberId;
import cat.xarxa.workinggroup.WorkingGroupId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * A decision's motion in the nine motion columns of {@code xarxa_assembly_decision}, in this order:
 * {@code motion_kind}, then the columns each kind uses, null for the others: {@code member_id} (an
 * admission), {@code fiscal_year} (a fee policy), {@code group_id}, {@code budget_year} and
 * {@code amount} (a budget allocation), {@code period_code} and {@code added_minutes} (a bank's
 * enlargement, its hours in whole minutes), {@code motion_text} (any other motion). Read back by
 * its kind, as the same motion.
 */
final class MotionColumns {

    /** How many columns a motion takes. */
    static final int COUNT = 9;

    private static final int KIND = 0;
    private static final int MEMBER = 1;
    private static final int FISCAL_YEAR = 2;
    private static final int GROUP = 3;
    private static final int BUDGET_YEAR = 4;
    private static final int AMOUNT = 5;
    private static final int PERIOD = 6;
    private static final int MINUTES = 7;
    private static final int TEXT = 8;

    private MotionColumns() {
    }

    /** Binds a motion to the nine parameters from {@code first} on. */
    static void bind(PreparedStatement statement, int first, Motion motion) throws SQLException {
        statement.setString(first + KIND, motion.kind().name());
        statement.setNull(first + MEMBER, Types.VARCHAR);
        statement.setNull(first + FISCAL_YEAR, Types.INTEGER);
        statement.setNull(first + GROUP, Types.VARCHAR);
        statement.setNull(first + BUDGET_YEAR, Types.INTEGER);
        Amounts.set(statement, first + AMOUNT, null);
        statement.setNull(first + PERIOD, Types.VARCHAR);
        statement.setNull(first + MINUTES, Types.BIGINT);
        statement.setNull(first + TEXT, Types.VARCHAR);
        if (motion instanceof Motion.Admission admission) {
            statement.setString(first + MEMBER, admission.member().toString());
        } else if (motion instanceof Motion.FeePolicyApproval approval) {
            statement.setInt(first + FISCAL_YEAR, approval.fiscalYear());
        } else if (motion instanceof Motion.BudgetAllocation allocation) {
            statement.setString(first + GROUP, allocation.group().toString());
            statement.setInt(first + BUDGET_YEAR, allocation.year());
            Amounts.set(statement, first + AMOUNT, allocation.amount());
        } else if (motion instanceof Motion.BankEnlargement enlargement) {
            statement.setString(first + PERIOD, enlargement.period());
            statement.setLong(first + MINUTES, enlargement.hours().toMinutes());
        } else if (motion instanceof Motion.General general) {
            statement.setString(first + TEXT, general.text());
        } else {
            throw new IllegalArgumentException("a motion of an unknown kind: " + motion);
        }
    }

    /**
     * The motion in the nine columns of the current row from {@code first} on.
     *
     * @throws IllegalArgumentException if the kind is unknown or a column its kind uses is null
     */
    static Motion in(ResultSet rows, int first) throws SQLException {
        MotionKind kind = MotionKind.valueOf(rows.getString(first + KIND));
        return switch (kind) {
            case ADMISSION -> new Motion.Admission(MemberId.parse(rows.getString(first + MEMBER)));
            case FEE_POLICY -> new Motion.FeePolicyApproval(required(rows, first + FISCAL_YEAR));
            case BUDGET_ALLOCATION -> new Motion.BudgetAllocation(WorkingGroupId.parse(rows.getString(first + GROUP)),
                    required(rows, first + BUDGET_YEAR), Amounts.in(rows, first + AMOUNT));
            case BANK_ENLARGEMENT -> {
                long minutes = rows.getLong(first + MINUTES);
                if (rows.wasNull()) {
                    throw new IllegalArgumentException("a bank's enlargement without its hours");
                }
                yield new Motion.BankEnlargement(rows.getString(first + PERIOD), Hours.ofMinutes(minutes));
            }
            case GENERAL -> new Motion.General(rows.getString(first + TEXT));
        };
    }

    /** A year the motion's kind uses, which must be there. */
    private static int required(ResultSet rows, int column) throws SQLException {
        int year = rows.getInt(column);
        if (rows.wasNull()) {
            throw new IllegalArgumentException("a motion without its year");
        }
        return year;
    }
}
