package cat.xarxa.jdbc;

import cat.xarxa.advisory.Advisory;
import cat.xarxa.advisory.AdvisoryId;
import cat.xarxa.advisory.AdvisoryPackage;
import cat.xarxa.advisory.AdvisoryRequest;
import cat.xarxa.advisory.AdvisoryStatus;
import cat.xarxa.advisory.Provider;
import cat.xarxa.advisory.ProviderKind;
import cat.xarxa.advisory.RequestId;
import cat.xarxa.advisory.Session;
import cat.xarxa.advisory.SessionId;
import cat.xarxa.advisory.SessionStatus;
import cat.xarxa.common.Hours;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import cat.xarxa.partner.PartnerId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads advisories from four results read side by side, the queries of {@link JdbcAdvisories}:
 * the advisories' rows, their requests, their sessions and the sessions' attendance, each ordered
 * by advisory id (in the collation every id column has), then by position. The consecutive rows of
 * each child result with the id of the advisory at hand are its own; none is left behind, since
 * the queries select the children of the same advisories, and the foreign keys keep children from
 * outliving their advisory.
 *
 * <p>Four queries rather than one join or union: a join would repeat an advisory per request,
 * session and attendee, and a union of four kinds of rows would need a typed empty timestamp,
 * which the three databases do not write alike.
 */
final class AdvisoryRows {

    /** The columns of the advisories' query, in order. */
    static final String ADVISORY_COLUMNS = "a.id, a.period_code, a.topic, a.package_minutes, a.package_sessions,"
            + " a.provider_kind, a.provider_person_id, a.provider_partner_id, a.co_provider_id, a.status,"
            + " a.merged_into_id, a.reserved_minutes, a.consumed_minutes, a.version";
    /** The columns of the requests' query, in order. */
    static final String REQUEST_COLUMNS = "c.advisory_id, c.request_id, c.member_id, c.person_id, c.topic, c.details,"
            + " c.meeting_format, c.package_minutes, c.package_sessions, c.requested_on";
    /** The columns of the sessions' query, in order. */
    static final String SESSION_COLUMNS = "c.advisory_id, c.position, c.session_id, c.starts_at, c.ends_at,"
            + " c.meeting_format, c.status, c.delivered_minutes";
    /** The columns of the attendance's query, in order. */
    static final String ATTENDANCE_COLUMNS = "c.advisory_id, c.session_position, c.member_id";

    private final RowsAhead advisories;
    private final RowsAhead requests;
    private final RowsAhead sessions;
    private final RowsAhead attendance;
    private final Database database;

    /**
     * Starts before the first row of each result.
     *
     * @param results the advisories, requests, sessions and attendance, in that order
     */
    AdvisoryRows(List<ResultSet> results, Database database) throws SQLException {
        this.advisories = new RowsAhead(results.get(0));
        this.requests = new RowsAhead(results.get(1));
        this.sessions = new RowsAhead(results.get(2));
        this.attendance = new RowsAhead(results.get(3));
        this.database = database;
    }

    /** The next advisory, with its requests and sessions, or empty when the rows are used up. */
    Optional<Advisory> next() throws SQLException {
        if (!advisories.onRow()) {
            return Optional.empty();
        }
        ResultSet row = advisories.rows();
        String id = row.getString(RowsAhead.OWNER);
        try {
            Advisory advisory = new Advisory(AdvisoryId.parse(id), row.getString(2), row.getString(3),
                    new AdvisoryPackage(Hours.ofMinutes(row.getLong(4)), row.getInt(5)), requestsOf(id),
                    new Provider(ProviderKind.valueOf(row.getString(6)), person(row.getString(7)),
                            partner(row.getString(8))),
                    partner(row.getString(9)), sessionsOf(id), AdvisoryStatus.valueOf(row.getString(10)),
                    advisory(row.getString(11)), Hours.ofMinutes(row.getLong(12)), Hours.ofMinutes(row.getLong(13)),
                    row.getLong(14));
            advisories.advance();
            return Optional.of(advisory);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw database.failure("reading advisory " + id + ", which is stored in a state no advisory can have", e);
        }
    }

    private List<AdvisoryRequest> requestsOf(String id) throws SQLException {
        List<AdvisoryRequest> found = new ArrayList<>();
        ResultSet row = requests.rows();
        for (; requests.isOf(id); requests.advance()) {
            found.add(new AdvisoryRequest(RequestId.parse(row.getString(2)), MemberId.parse(row.getString(3)),
                    PersonId.parse(row.getString(4)), row.getString(5), row.getString(6),
                    MeetingFormat.valueOf(row.getString(7)),
                    new AdvisoryPackage(Hours.ofMinutes(row.getLong(8)), row.getInt(9)),
                    row.getObject(10, LocalDate.class)));
        }
        return found;
    }

    private List<Session> sessionsOf(String id) throws SQLException {
        List<Session> found = new ArrayList<>();
        ResultSet row = sessions.rows();
        for (; sessions.isOf(id); sessions.advance()) {
            int position = row.getInt(2);
            found.add(new Session(SessionId.parse(row.getString(3)), row.getObject(4, LocalDateTime.class),
                    row.getObject(5, LocalDateTime.class), MeetingFormat.valueOf(row.getString(6)),
                    SessionStatus.valueOf(row.getString(7)), Hours.ofMinutes(row.getLong(8)),
                    attendanceOf(id, position)));
        }
        return found;
    }

    private List<MemberId> attendanceOf(String id, int sessionPosition) throws SQLException {
        List<MemberId> found = new ArrayList<>();
        ResultSet row = attendance.rows();
        for (; attendance.isOf(id) && row.getInt(2) == sessionPosition; attendance.advance()) {
            found.add(MemberId.parse(row.getString(3)));
        }
        return found;
    }

    private static PersonId person(String id) {
        return id == null ? null : PersonId.parse(id);
    }

    private static PartnerId partner(String id) {
        return id == null ? null : PartnerId.parse(id);
    }

    private static AdvisoryId advisory(String id) {
        return id == null ? null : AdvisoryId.parse(id);
    }
}
