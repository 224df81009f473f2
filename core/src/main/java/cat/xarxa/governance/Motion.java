package cat.xarxa.governance;

import cat.xarxa.common.Hours;
import cat.xarxa.common.Money;
import cat.xarxa.member.MemberId;
import cat.xarxa.workinggroup.WorkingGroupId;
import java.util.Objects;

/**
 * What an assembly votes on, as the decision keeps it. A motion that is carried takes effect in
 * the same unit of work: the member is admitted, the policy approved, the budget allocated, the
 * bank enlarged.
 */
public sealed interface Motion {

    /** Its kind. */
    MotionKind kind();

    /**
     * Admits a pending member.
     *
     * @param member the member
     */
    record Admission(MemberId member) implements Motion {
        public Admission {
            Objects.requireNonNull(member, "member");
        }

        @Override
        public MotionKind kind() {
            return MotionKind.ADMISSION;
        }
    }

    /**
     * Approves the fee policy of a fiscal year; the policy itself travels in the command.
     *
     * @param fiscalYear the year
     */
    record FeePolicyApproval(int fiscalYear) implements Motion {
        @Override
        public MotionKind kind() {
            return MotionKind.FEE_POLICY;
        }
    }

    /**
     * Allocates a working group's budget for a year.
     *
     * @param group  the group
     * @param year   the year
     * @param amount the amount; positive
     */
    record BudgetAllocation(WorkingGroupId group, int year, Money amount) implements Motion {
        public BudgetAllocation {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(amount, "amount");
        }

        @Override
        public MotionKind kind() {
            return MotionKind.BUDGET_ALLOCATION;
        }
    }

    /**
     * Enlarges the advisory hour bank of a period.
     *
     * @param period the bank's period, e.g. {@code 2026}
     * @param hours  the hours added; positive
     */
    record BankEnlargement(String period, Hours hours) implements Motion {
        public BankEnlargement {
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(hours, "hours");
        }

        @Override
        public MotionKind kind() {
            return MotionKind.BANK_ENLARGEMENT;
        }
    }

    /**
     * Any other motion (the annual accounts, a position statement).
     *
     * @param text what was put to the vote
     */
    record General(String text) implements Motion {
        public General {
            Objects.requireNonNull(text, "text");
            if (text.isBlank()) {
                throw new IllegalArgumentException("a motion says what is put to the vote");
            }
        }

        @Override
        public MotionKind kind() {
            return MotionKind.GENERAL;
        }
    }
}
