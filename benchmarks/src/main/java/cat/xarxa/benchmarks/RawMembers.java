package cat.xarxa.benchmarks;

import cat.xarxa.member.Member;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberKind;
import cat.xarxa.member.MemberStatus;
import cat.xarxa.member.Population;
import cat.xarxa.member.StatusChange;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads what a fee run needs of every member with three plain queries (members, their history,
 * their population figures), as a hand-written run would; mandates are left out, a fee does not
 * depend on them.
 */
final class RawMembers {

    private RawMembers() {
    }

    static List<Member> read(Connection connection) throws SQLException {
        Map<String, List<StatusChange>> histories = new HashMap<>();
        Map<String, List<Population>> figures = new HashMap<>();
        List<Member> members = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT member_id, status, since, reference"
                    + " FROM xarxa_member_status_change ORDER BY member_id, position")) {
                while (rows.next()) {
                    histories.computeIfAbsent(rows.getString(1), id -> new ArrayList<>()).add(new StatusChange(
                            MemberStatus.valueOf(rows.getString(2)), rows.getObject(3, LocalDate.class), rows.getString(4)));
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT member_id, reference_year, inhabitants, source"
                    + " FROM xarxa_member_population")) {
                while (rows.next()) {
                    figures.computeIfAbsent(rows.getString(1), id -> new ArrayList<>())
                            .add(new Population(rows.getInt(2), rows.getLong(3), rows.getString(4)));
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT id, kind, official_code, name, version"
                    + " FROM xarxa_member ORDER BY id")) {
                while (rows.next()) {
                    String id = rows.getString(1);
                    members.add(Member.restore(new MemberId(UUID.fromString(id)), MemberKind.valueOf(rows.getString(2)),
                            rows.getString(3), rows.getString(4), histories.get(id), figures.getOrDefault(id, List.of()),
                            rows.getLong(5)));
                }
            }
        }
        return members;
    }
}
