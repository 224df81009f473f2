package cat.xarxa.jdbc;

import cat.xarxa.care.Channel;
import cat.xarxa.care.Contact;
import cat.xarxa.care.ContactId;
import cat.xarxa.care.ContactTopic;
import cat.xarxa.common.ConcurrentUpdateException;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The log of contacts with members in table {@code xarxa_contact}, one row each, within one unit
 * of work: the contact half of {@link JdbcCareLog}. The log only grows, so a contact is inserted
 * once and never updated; one whose id is stored already breaks the primary key at the flush,
 * which is a {@link ConcurrentUpdateException}.
 *
 * <p>New contacts are written behind, as new members are ({@link JdbcMembers}): they wait in
 * the {@link PendingRecords} of an {@link AppendOnlyLog} and go to the database in one JDBC
 * batch when {@link #flush()} runs, which happens before {@link #all()}, when the batch is full,
 * and before commit, after the members the unit of work holds back, which the foreign key wants
 * there first. The contacts of a member are read from the database and the waiting ones
 * together, so an import that checks each contact against its member's log still writes them in
 * batches.
 */
final class JdbcContacts {

    /** Rows per round trip while streaming every contact. */
    static final int FETCH_SIZE = 500;

    private static final String CONTACTS = "SELECT id, member_id, contacted_on, channel, topic, note, person_id"
            + " FROM xarxa_contact";
    private static final String OF_MEMBER = CONTACTS + " WHERE member_id = ? ORDER BY contacted_on, id";
    private static final String ALL = CONTACTS + " ORDER BY id";
    private static final String ERASE_NOTE = "UPDATE xarxa_contact SET note = '' WHERE id = ?";
    private static final String INSERT = "INSERT INTO xarxa_contact"
            + " (id, member_id, contacted_on, channel, topic, note, person_id) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private static final int ID = 1;
    private static final int MEMBER = 2;
    private static final int CONTACTED_ON = 3;
    private static final int CHANNEL = 4;
    private static final int TOPIC = 5;
    private static final int NOTE = 6;
    private static final int PERSON = 7;

    /** The order of a member's contacts: by date, then id, as the query sorts them. */
    private static final Comparator<Contact> BY_DATE =
            Comparator.comparing(Contact::on).thenComparing(contact -> contact.id().toString());

    /** Binds a contact to the parameters of {@link #INSERT}. */
    private static final RowBinder<Contact> CONTACT_COLUMNS = (insert, contact) -> {
        insert.setString(1, contact.id().toString());
        insert.setString(2, contact.member().toString());
        insert.setObject(3, contact.on());
        insert.setString(4, contact.channel().name());
        insert.setString(5, contact.topic().name());
        insert.setString(6, contact.note());
        Parameters.setPerson(insert, 7, contact.person());
    };

    private final Statements statements;
    private final Database database;
    private final AppendOnlyLog<Contact> log;

    /**
     * @param writeMembersFirst writes the members the unit of work holds back, which the
     *                          contacts' foreign key wants in the database first
     */
    JdbcContacts(Statements statements, Database database, Runnable writeMembersFirst) {
        this.statements = statements;
        this.database = database;
        this.log = new AppendOnlyLog<>(statements, database, writeMembersFirst,
                PendingRecords.byId(Contact.AGGREGATE_TYPE, contact -> contact.id().toString()),
                new BatchInsert<>(Contact.AGGREGATE_TYPE, "new contacts", contact -> contact.id().toString(),
                        INSERT, CONTACT_COLUMNS),
                Contact::member, BY_DATE);
    }

    /**
     * Adds a contact to the log.
     *
     * @throws ConcurrentUpdateException if one with the same id waits already; one stored already
     *                                   is refused at the flush
     */
    void add(Contact contact) {
        log.add(contact);
    }

    /** The contacts with a member, stored or waiting, by date then id. */
    List<Contact> of(MemberId member) {
        return log.of(member, "reading the contacts with member " + member, () -> {
            List<Contact> found = new ArrayList<>();
            PreparedStatement query = statements.prepare(OF_MEMBER);
            query.setString(1, member.toString());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(contactIn(rows, database));
                }
            }
            return found;
        });
    }

    /**
     * Writes the waiting members, then the pending new contacts in one batch.
     *
     * @throws ConcurrentUpdateException if a contact with the same id is stored already
     */
    void flush() {
        log.flush();
    }

    /** Empties a contact's note (a person's erasure), after writing what waits. */
    void eraseNote(cat.xarxa.care.ContactId id) {
        flush();
        try {
            PreparedStatement update = statements.prepare(ERASE_NOTE);
            update.setString(1, id.toString());
            update.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw database.failure("erasing the note of contact " + id, e);
        }
    }

    /** Every contact in id order, read as consumed. */
    Stream<Contact> all() {
        flush();
        return RowStream.streaming(statements, database, ALL, FETCH_SIZE, "every contact",
                rows -> () -> rows.next() ? Optional.of(contactIn(rows, database)) : Optional.empty());
    }

    /** The contact on the current row. */
    private static Contact contactIn(ResultSet rows, Database database) throws SQLException {
        String id = rows.getString(ID);
        String person = rows.getString(PERSON);
        try {
            return new Contact(ContactId.parse(id), MemberId.parse(rows.getString(MEMBER)),
                    rows.getObject(CONTACTED_ON, LocalDate.class), Channel.valueOf(rows.getString(CHANNEL)),
                    ContactTopic.valueOf(rows.getString(TOPIC)), rows.getString(NOTE),
                    person == null ? null : PersonId.parse(person));
        } catch (IllegalArgumentException e) {
            throw database.failure("reading contact " + id + ", which is stored in a state no contact can have", e);
        }
    }
}
