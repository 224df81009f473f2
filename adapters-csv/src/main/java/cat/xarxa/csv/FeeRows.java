package cat.xarxa.csv;

import cat.xarxa.fee.AssessmentId;
import cat.xarxa.fee.FeeAccount;
import cat.xarxa.fee.FeeAssessment;
import cat.xarxa.fee.Payment;
import cat.xarxa.fee.StatementLine;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberId;
import cat.xarxa.spi.ExportSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The rows of the {@code csv-fees} export: every assessment issued by the export date, with what
 * its member's payments cover of it then, by year and member official code.
 *
 * <p>Payments are allocated over a member's whole account (a payment beyond one fee pays the
 * next), so each member's assessments and payments are grouped first, read once from the store,
 * and each member's statement is worked out once. The rows are then sorted, so they are held in
 * memory: a network's assessments are its members times its years, thousands, not millions.
 */
final class FeeRows {

    /** By year, then member official code; the id only keeps the order total if a member is missing. */
    private static final Comparator<FeeRow> ORDER = Comparator.comparingInt((FeeRow row) -> row.assessment().year())
            .thenComparing(row -> row.member() == null ? "" : row.member().officialCode())
            .thenComparing(row -> row.assessment().id().toString());

    private FeeRows() {
    }

    /** Every row of the export, in order. */
    static List<FeeRow> of(ExportSource source) {
        LocalDate asOf = source.asOf();
        Map<MemberId, Member> members = new HashMap<>();
        try (Stream<Member> all = source.members()) {
            all.forEach(member -> members.put(member.id(), member));
        }
        Map<MemberId, List<FeeAssessment>> assessments;
        try (Stream<FeeAssessment> all = source.assessments()) {
            assessments = all.collect(Collectors.groupingBy(FeeAssessment::member));
        }
        Map<MemberId, List<Payment>> payments;
        try (Stream<Payment> all = source.payments()) {
            payments = all.collect(Collectors.groupingBy(Payment::member));
        }
        List<FeeRow> rows = new ArrayList<>();
        assessments.forEach((member, own) -> {
            Map<AssessmentId, StatementLine> lines = FeeAccount
                    .statementOn(member, own, payments.getOrDefault(member, List.of()), asOf).lines().stream()
                    .collect(Collectors.toMap(StatementLine::assessment, Function.identity()));
            for (FeeAssessment assessment : own) {
                // An assessment issued after the export date is not on the statement yet, nor in the file.
                StatementLine line = lines.get(assessment.id());
                if (line != null) {
                    rows.add(new FeeRow(assessment, members.get(member), line, asOf));
                }
            }
        });
        rows.sort(ORDER);
        return rows;
    }
}
