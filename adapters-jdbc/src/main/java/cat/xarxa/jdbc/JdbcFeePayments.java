package cat.xarxa.jdbc;

import cat.xarxa.common.ConcurrentUpdateException;
import cat.xarxa.fee.AssessmentId;
import cat.xarxa.fee.Payment;
import cat.xarxa.fee.PaymentId;
import cat.xarxa.fee.PaymentKind;
import cat.xarxa.member.MemberId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The payments and refunds in table {@code xarxa_fee_payment}, one row each, within one unit of
 * work: the payment part of {@link JdbcFeeRecords}. They are only added, never changed; one whose
 * id is stored already breaks the primary key at the flush, which is a
 * {@link ConcurrentUpdateException}.
 *
 * <p>New payments are written behind, as contacts are ({@link JdbcContacts}): they wait in the
 * {@link PendingRecords} of an {@link AppendOnlyLog} and go to the database in one JDBC batch
 * when {@link #flush()} runs, which happens before {@link #all()}, when the batch is full, and
 * before commit. A payment names its member and its assessment with foreign keys, so the members
 * and assessments the unit of work holds back are written first. The payments of a member are
 * read from the database and the waiting ones together.
 */
final class JdbcFeePayments {

    /** Rows per round trip while streaming every payment. */
    static final int FETCH_SIZE = 500;

    private static final String PAYMENTS = "SELECT id, member_id, kind, assessment_id, paid_on, amount, reference"
            + " FROM xarxa_fee_payment";
    private static final String OF_MEMBER = PAYMENTS + " WHERE member_id = ? ORDER BY paid_on, id";
    private static final String ALL = PAYMENTS + " ORDER BY id";
    private static final String INSERT = "INSERT INTO xarxa_fee_payment"
            + " (id, member_id, kind, assessment_id, paid_on, amount, reference) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private static final int ID = 1;
    private static final int MEMBER = 2;
    private static final int KIND = 3;
    private static final int ASSESSMENT = 4;
    private static final int PAID_ON = 5;
    private static final int AMOUNT = 6;
    private static final int REFERENCE = 7;

    /** The order of a member's payments: by date, then id, as the query sorts them. */
    private static final Comparator<Payment> BY_DATE =
            Comparator.comparing(Payment::on).thenComparing(payment -> payment.id().toString());

    /** Binds a payment to the parameters of {@link #INSERT}. */
    private static final RowBinder<Payment> PAYMENT_COLUMNS = (insert, payment) -> {
        insert.setString(1, payment.id().toString());
        insert.setString(2, payment.member().toString());
        insert.setString(3, payment.kind().name());
        if (payment.assessment() == null) {
            insert.setNull(4, Types.VARCHAR);
        } else {
            insert.setString(4, payment.assessment().toString());
        }
        insert.setObject(5, payment.on());
        Amounts.set(insert, 6, payment.amount());
        insert.setString(7, payment.reference());
    };

    private final Statements statements;
    private final Database database;
    private final AppendOnlyLog<Payment> log;

    /**
     * @param writeAssessmentsFirst writes the members, then the assessments, the unit of work
     *                              holds back, which the payments' foreign keys want in the
     *                              database first
     */
    JdbcFeePayments(Statements statements, Database database, Runnable writeAssessmentsFirst) {
        this.statements = statements;
        this.database = database;
        this.log = new AppendOnlyLog<>(statements, database, writeAssessmentsFirst,
                PendingRecords.byId(Payment.AGGREGATE_TYPE, payment -> payment.id().toString()),
                new BatchInsert<>(Payment.AGGREGATE_TYPE, "new payments", payment -> payment.id().toString(),
                        INSERT, PAYMENT_COLUMNS),
                Payment::member, BY_DATE);
    }

    /**
     * Adds a payment or a refund.
     *
     * @throws ConcurrentUpdateException if one with the same id waits already; one stored already
     *                                   is refused at the flush
     */
    void add(Payment payment) {
        log.add(payment);
    }

    /** The payments and refunds of a member, stored or waiting, by date then id. */
    List<Payment> of(MemberId member) {
        return log.of(member, "reading the payments of member " + member, () -> {
            List<Payment> found = new ArrayList<>();
            PreparedStatement query = statements.prepare(OF_MEMBER);
            query.setString(1, member.toString());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(paymentIn(rows, database));
                }
            }
            return found;
        });
    }

    /**
     * Writes the waiting members and assessments, then the pending new payments in one batch.
     *
     * @throws ConcurrentUpdateException if a payment with the same id is stored already
     */
    void flush() {
        log.flush();
    }

    /** Every payment and refund in id order, read as consumed. */
    Stream<Payment> all() {
        flush();
        return RowStream.streaming(statements, database, ALL, FETCH_SIZE, "every payment",
                rows -> () -> rows.next() ? Optional.of(paymentIn(rows, database)) : Optional.empty());
    }

    /** The payment or refund on the current row. */
    private static Payment paymentIn(ResultSet rows, Database database) throws SQLException {
        String id = rows.getString(ID);
        String assessment = rows.getString(ASSESSMENT);
        try {
            return new Payment(PaymentId.parse(id), MemberId.parse(rows.getString(MEMBER)),
                    PaymentKind.valueOf(rows.getString(KIND)), assessment == null ? null : AssessmentId.parse(assessment),
                    rows.getObject(PAID_ON, LocalDate.class), Amounts.in(rows, AMOUNT), rows.getString(REFERENCE));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw database.failure("reading payment " + id + ", which is stored in a state no payment can have", e);
        }
    }
}
