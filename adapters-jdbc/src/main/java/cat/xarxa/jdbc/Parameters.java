package cat.xarxa.jdbc;

import cat.xarxa.member.PersonId;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;

/**
 * Binds values that may be absent: a null is bound typed, since some drivers cannot bind an
 * untyped null to a date or text column.
 */
final class Parameters {

    private Parameters() {
    }

    /** A person's id, or null when no person is named. */
    static void setPerson(PreparedStatement statement, int index, PersonId person) throws SQLException {
        if (person == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, person.toString());
        }
    }

    /** An id as its text, e.g. an advisory's or a partner's, or null when none is named. */
    static void setId(PreparedStatement statement, int index, Object id) throws SQLException {
        if (id == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, id.toString());
        }
    }

    /** A date, or null when none was given. */
    static void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
        if (date == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setObject(index, date);
        }
    }
}
