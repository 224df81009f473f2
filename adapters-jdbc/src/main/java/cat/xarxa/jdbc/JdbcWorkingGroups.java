package cat.xarxa.jdbc;

import cat.xarxa.common.ConcurrentUpdateException;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import cat.xarxa.partner.PartnerId;
import cat.xarxa.workinggroup.GroupMeeting;
import cat.xarxa.workinggroup.GroupProduct;
import cat.xarxa.workinggroup.GroupStep;
import cat.xarxa.workinggroup.Participation;
import cat.xarxa.workinggroup.WorkingGroup;
import cat.xarxa.workinggroup.WorkingGroupId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The working groups in table {@code xarxa_working_group} and its rows
 * ({@code xarxa_group_coordinator}, {@code xarxa_group_step}, {@code xarxa_group_participant},
 * {@code xarxa_group_meeting} with {@code xarxa_group_attendee}, {@code xarxa_group_product} with
 * {@code xarxa_group_product_partner}), within one unit of work: the group part of
 * {@link JdbcWorkingGroupRecords}. A group is read by eight queries, its row and each kind of its
 * child rows, read side by side (see {@link WorkingGroupRows}); {@link #all()} streams the same
 * eight for every group.
 *
 * <p>A group is written at once, not behind: a command saves one. A new one is inserted with its
 * child rows in a batch per table; a changed one is updated if the stored version is still its
 * own, which locks its row, and then its rows are replaced whole. Coordinators and participants
 * name their council with a foreign key, so the members the unit of work holds back are written
 * first.
 */
final class JdbcWorkingGroups {

    /** Rows per round trip while streaming every group. */
    static final int FETCH_SIZE = 500;

    private static final String GROUPS = "SELECT " + WorkingGroupRows.GROUP_COLUMNS + " FROM xarxa_working_group g";
    private static final String COORDINATORS = "SELECT " + WorkingGroupRows.COORDINATOR_COLUMNS
            + " FROM xarxa_group_coordinator c";
    private static final String STEPS = "SELECT " + WorkingGroupRows.STEP_COLUMNS + " FROM xarxa_group_step c";
    private static final String PARTICIPANTS = "SELECT " + WorkingGroupRows.PARTICIPANT_COLUMNS
            + " FROM xarxa_group_participant c";
    private static final String MEETINGS = "SELECT " + WorkingGroupRows.MEETING_COLUMNS + " FROM xarxa_group_meeting c";
    private static final String ATTENDEES = "SELECT " + WorkingGroupRows.ATTENDEE_COLUMNS
            + " FROM xarxa_group_attendee c";
    private static final String PRODUCTS = "SELECT " + WorkingGroupRows.PRODUCT_COLUMNS + " FROM xarxa_group_product c";
    private static final String PARTNERS = "SELECT " + WorkingGroupRows.PARTNER_COLUMNS
            + " FROM xarxa_group_product_partner c";

    /** One group, by id; one parameter, the id. */
    private static final List<String> FIND = queries(" WHERE g.id = ?", " WHERE c.group_id = ?");
    /** Every group, in id order. */
    private static final List<String> ALL = queries("", "");

    private static final String INSERT = "INSERT INTO xarxa_working_group (id, name, theme, mandate, need_id,"
            + " coordinator_id, version) VALUES (?, ?, ?, ?, ?, ?, 1)";
    private static final String UPDATE = "UPDATE xarxa_working_group SET name = ?, theme = ?, mandate = ?, need_id = ?,"
            + " coordinator_id = ?, version = version + 1 WHERE id = ? AND version = ?";

    /** A coordinating council at its position, in the order given. */
    private static final ChildRows<MemberId> COORDINATOR_ROWS = ChildRows.replacedBy(
            "DELETE FROM xarxa_group_coordinator WHERE group_id = ?",
            "INSERT INTO xarxa_group_coordinator (group_id, position, member_id) VALUES (?, ?, ?)",
            (insert, position, council) -> {
                insert.setInt(2, position);
                insert.setString(3, council.toString());
            });
    /** A step of the history at its position, oldest first. */
    private static final ChildRows<GroupStep> STEP_ROWS = ChildRows.replacedBy(
            "DELETE FROM xarxa_group_step WHERE group_id = ?",
            "INSERT INTO xarxa_group_step (group_id, position, status, taken_on, reference) VALUES (?, ?, ?, ?, ?)",
            (insert, position, step) -> {
                insert.setInt(2, position);
                insert.setString(3, step.status().name());
                insert.setObject(4, step.on());
                insert.setString(5, step.reference());
            });
    /** A participation at its position, in the order they joined. */
    private static final ChildRows<Participation> PARTICIPANT_ROWS = ChildRows.replacedBy(
            "DELETE FROM xarxa_group_participant WHERE group_id = ?",
            "INSERT INTO xarxa_group_participant (group_id, position, member_id, person_id, joined_on, left_on)"
                    + " VALUES (?, ?, ?, ?, ?, ?)",
            (insert, position, participation) -> {
                insert.setInt(2, position);
                insert.setString(3, participation.council().toString());
                Parameters.setPerson(insert, 4, participation.person());
                insert.setObject(5, participation.from());
                Parameters.setDate(insert, 6, participation.until());
            });
    /** A meeting at its position, in the order the group keeps them. */
    private static final ChildRows<GroupMeeting> MEETING_ROWS = ChildRows.replacedBy(
            "DELETE FROM xarxa_group_meeting WHERE group_id = ?",
            "INSERT INTO xarxa_group_meeting (group_id, position, held_on, meeting_format, meeting_minutes)"
                    + " VALUES (?, ?, ?, ?, ?)",
            (insert, position, meeting) -> {
                insert.setInt(2, position);
                insert.setObject(3, meeting.on());
                insert.setString(4, meeting.format().name());
                insert.setString(5, meeting.minutes());
            });
    /** A person who attended a meeting; the attendee carries its positions, not the batch. */
    private static final ChildRows<Attendee> ATTENDEE_ROWS = ChildRows.replacedBy(
            "DELETE FROM xarxa_group_attendee WHERE group_id = ?",
            "INSERT INTO xarxa_group_attendee (group_id, meeting_position, position, person_id) VALUES (?, ?, ?, ?)",
            (insert, ignoredPosition, attendee) -> {
                insert.setInt(2, attendee.meeting());
                insert.setInt(3, attendee.position());
                insert.setString(4, attendee.person().toString());
            });
    /** A product at its position, in the order the group keeps them. */
    private static final ChildRows<GroupProduct> PRODUCT_ROWS = ChildRows.replacedBy(
            "DELETE FROM xarxa_group_product WHERE group_id = ?",
            "INSERT INTO xarxa_group_product (group_id, position, product_id, title, kind, status, published_on)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (insert, position, product) -> {
                insert.setInt(2, position);
                insert.setString(3, product.id().toString());
                insert.setString(4, product.title());
                insert.setString(5, product.kind().name());
                insert.setString(6, product.status().name());
                Parameters.setDate(insert, 7, product.publishedOn());
            });
    /** A partner organisation of a product; the co-author carries its positions, not the batch. */
    private static final ChildRows<CoAuthor> PARTNER_ROWS = ChildRows.replacedBy(
            "DELETE FROM xarxa_group_product_partner WHERE group_id = ?",
            "INSERT INTO xarxa_group_product_partner (group_id, product_position, position, partner_id)"
                    + " VALUES (?, ?, ?, ?)",
            (insert, ignoredPosition, coAuthor) -> {
                insert.setInt(2, coAuthor.product());
                insert.setInt(3, coAuthor.position());
                insert.setString(4, coAuthor.partner().toString());
            });

    private static final BatchInsert<WorkingGroup> NEW_GROUP = new BatchInsert<WorkingGroup>(
            WorkingGroup.AGGREGATE_TYPE, "new working groups", group -> group.id().toString(), INSERT,
            (insert, group) -> {
                insert.setString(1, group.id().toString());
                bindColumns(insert, 2, group);
            })
            // Meetings before the attendees that name them, products before their partners.
            .withChildren(COORDINATOR_ROWS, WorkingGroup::coordinators)
            .withChildren(STEP_ROWS, WorkingGroup::history)
            .withChildren(PARTICIPANT_ROWS, WorkingGroup::participants)
            .withChildren(MEETING_ROWS, WorkingGroup::meetings)
            .withChildren(ATTENDEE_ROWS, JdbcWorkingGroups::attendeesOf)
            .withChildren(PRODUCT_ROWS, WorkingGroup::products)
            .withChildren(PARTNER_ROWS, JdbcWorkingGroups::coAuthorsOf);
    private static final OptimisticUpdate<WorkingGroup> UPDATE_GROUP = new OptimisticUpdate<>(UPDATE,
            WorkingGroup.AGGREGATE_TYPE, 5, (update, group) -> bindColumns(update, 1, group));

    /**
     * A person who attended a meeting, flattened out of the group's meetings.
     *
     * @param meeting  the meeting's position among the group's
     * @param position the person's position among the meeting's attendees
     */
    private record Attendee(int meeting, int position, PersonId person) {
    }

    /**
     * A partner organisation of a product, flattened out of the group's products.
     *
     * @param product  the product's position among the group's
     * @param position the partner's position among the product's
     */
    private record CoAuthor(int product, int position, PartnerId partner) {
    }

    private final Statements statements;
    private final Database database;
    private final Runnable writeMembersFirst;

    /**
     * @param writeMembersFirst writes the members the unit of work holds back, which the councils'
     *                          foreign keys want in the database first
     */
    JdbcWorkingGroups(Statements statements, Database database, Runnable writeMembersFirst) {
        this.statements = statements;
        this.database = database;
        this.writeMembersFirst = writeMembersFirst;
    }

    /** The eight queries read side by side, each with its filter, ordered alike. */
    private static List<String> queries(String groupFilter, String childFilter) {
        return List.of(GROUPS + groupFilter + " ORDER BY g.id",
                COORDINATORS + childFilter + " ORDER BY c.group_id, c.position",
                STEPS + childFilter + " ORDER BY c.group_id, c.position",
                PARTICIPANTS + childFilter + " ORDER BY c.group_id, c.position",
                MEETINGS + childFilter + " ORDER BY c.group_id, c.position",
                ATTENDEES + childFilter + " ORDER BY c.group_id, c.meeting_position, c.position",
                PRODUCTS + childFilter + " ORDER BY c.group_id, c.position",
                PARTNERS + childFilter + " ORDER BY c.group_id, c.product_position, c.position");
    }

    /** Binds a group's columns after its id, five from {@code first} on. */
    private static void bindColumns(PreparedStatement statement, int first, WorkingGroup group) throws SQLException {
        statement.setString(first, group.name());
        statement.setString(first + 1, group.theme());
        statement.setString(first + 2, group.mandate());
        Parameters.setId(statement, first + 3, group.need());
        Parameters.setPerson(statement, first + 4, group.coordinator());
    }

    private static List<Attendee> attendeesOf(WorkingGroup group) {
        List<Attendee> attendees = new ArrayList<>();
        for (int meeting = 0; meeting < group.meetings().size(); meeting++) {
            List<PersonId> attended = group.meetings().get(meeting).attendees();
            for (int position = 0; position < attended.size(); position++) {
                attendees.add(new Attendee(meeting, position, attended.get(position)));
            }
        }
        return attendees;
    }

    private static List<CoAuthor> coAuthorsOf(WorkingGroup group) {
        List<CoAuthor> coAuthors = new ArrayList<>();
        for (int product = 0; product < group.products().size(); product++) {
            List<PartnerId> partners = group.products().get(product).partners();
            for (int position = 0; position < partners.size(); position++) {
                coAuthors.add(new CoAuthor(product, position, partners.get(position)));
            }
        }
        return coAuthors;
    }

    /** The group with this id, if stored. */
    Optional<WorkingGroup> find(WorkingGroupId id) {
        List<ResultSet> results = new ArrayList<>();
        try {
            try {
                for (String sql : FIND) {
                    PreparedStatement query = statements.prepare(sql);
                    query.setString(1, id.toString());
                    results.add(query.executeQuery());
                }
                return RowStream.toList(new WorkingGroupRows(results, database)::next).stream().findFirst();
            } finally {
                for (ResultSet result : results) {
                    result.close();
                }
            }
        } catch (SQLException e) {
            throw database.failure("reading working group " + id, e);
        }
    }

    /**
     * Inserts a new group (version 0) with its child rows, or updates a stored one if it is still
     * at the group's version and replaces its child rows.
     *
     * @return the version now stored
     * @throws ConcurrentUpdateException if a group with the id is stored already, or another unit
     *                                   of work saved this one first
     */
    long save(WorkingGroup group) {
        writeMembersFirst.run();
        String id = group.id().toString();
        long expected = group.version();
        if (expected == 0) {
            NEW_GROUP.insert(statements, database, List.of(group));
            return 1;
        }
        try {
            // The update locks the group's row, so nobody else writes its child rows meanwhile.
            UPDATE_GROUP.run(statements, group, id, expected);
            // Attendees and partners name their meeting's and product's rows: they go before
            // those are replaced, and come back after them.
            ATTENDEE_ROWS.delete(statements, id);
            PARTNER_ROWS.delete(statements, id);
            COORDINATOR_ROWS.replace(statements, id, group.coordinators());
            STEP_ROWS.replace(statements, id, group.history());
            PARTICIPANT_ROWS.replace(statements, id, group.participants());
            MEETING_ROWS.replace(statements, id, group.meetings());
            PRODUCT_ROWS.replace(statements, id, group.products());
            ATTENDEE_ROWS.insert(statements, id, attendeesOf(group));
            PARTNER_ROWS.insert(statements, id, coAuthorsOf(group));
            return expected + 1;
        } catch (SQLException e) {
            throw SqlStates.savingFailure(database, WorkingGroup.AGGREGATE_TYPE, id, "working group " + id, e);
        }
    }

    /** Every group in id order, read as consumed. */
    Stream<WorkingGroup> all() {
        return RowStream.streamingSideBySide(statements, database, ALL, FETCH_SIZE, "every working group",
                results -> new WorkingGroupRows(results, database)::next);
    }
}
