package cat.xarxa.csv;

import cat.xarxa.fee.FeeAssessment;
import cat.xarxa.fee.StatementLine;
import cat.xarxa.member.Member;
import java.time.LocalDate;

/**
 * What one row of the {@code csv-fees} export is made of: an assessment, its member and the
 * assessment's line on the member's statement at the export date.
 *
 * @param assessment the assessment
 * @param member     its member; null if the store holds no such member
 * @param line       the assessment's line on the member's statement
 * @param asOf       the export date the statement is at
 */
record FeeRow(FeeAssessment assessment, Member member, StatementLine line, LocalDate asOf) {
}
