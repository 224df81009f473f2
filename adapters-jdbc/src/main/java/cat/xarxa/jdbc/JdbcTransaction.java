package cat.xarxa.jdbc;

import cat.xarxa.member.Members;
import cat.xarxa.member.People;
import cat.xarxa.spi.Journal;
import cat.xarxa.spi.Transaction;
import java.sql.Connection;

/** The ports of one unit of work, all on the same connection and the same statements. */
final class JdbcTransaction implements Transaction, AutoCloseable {

    private final Statements statements;
    private final JdbcMembers members;
    private final JdbcPeople people;
    private final JdbcJournal journal;

    JdbcTransaction(Connection connection, Database database) {
        this.statements = new Statements(connection);
        this.members = new JdbcMembers(statements, database);
        this.people = new JdbcPeople(statements, database);
        this.journal = new JdbcJournal(statements, database);
    }

    @Override
    public Members members() {
        return members;
    }

    @Override
    public People people() {
        return people;
    }

    @Override
    public Journal journal() {
        return journal;
    }

    /** Writes what the ports hold back; called before commit. */
    void flush() {
        members.flush();
        people.flush();
    }

    /** Closes every statement and open stream; the ports refuse to work from now on. */
    @Override
    public void close() {
        statements.close();
    }
}
