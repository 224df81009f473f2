package cat.xarxa.jdbc;

import cat.xarxa.care.NeedId;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import cat.xarxa.partner.PartnerId;
import cat.xarxa.workinggroup.GroupMeeting;
import cat.xarxa.workinggroup.GroupProduct;
import cat.xarxa.workinggroup.GroupProductId;
import cat.xarxa.workinggroup.GroupStatus;
import cat.xarxa.workinggroup.GroupStep;
import cat.xarxa.workinggroup.Participation;
import cat.xarxa.workinggroup.ProductKind;
import cat.xarxa.workinggroup.ProductStatus;
import cat.xarxa.workinggroup.WorkingGroup;
import cat.xarxa.workinggroup.WorkingGroupId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads working groups from eight results read side by side, the queries of
 * {@link JdbcWorkingGroups}: the groups' rows, their coordinating councils, steps, participants,
 * meetings, the meetings' attendees, products and the products' partners, each ordered by group id
 * (in the collation every id column has), then by position (attendees and partners by their
 * meeting's or product's position first). The consecutive rows of each child result with the id
 * of the group at hand are its own; none is left behind, since the queries select the children of
 * the same groups, and the foreign keys keep children from outliving their group.
 *
 * <p>Eight queries rather than one join or union, as for advisories ({@link AdvisoryRows}) and
 * mentorships ({@link MentorshipRows}): a join would repeat a group per coordinator, step,
 * participant, meeting and product, and a union of eight kinds of rows would need typed empty
 * columns each kind uses differently.
 */
final class WorkingGroupRows {

    /** The columns of the groups' query, in order. */
    static final String GROUP_COLUMNS = "g.id, g.name, g.theme, g.mandate, g.need_id, g.coordinator_id, g.version";
    /** The columns of the coordinating councils' query, in order. */
    static final String COORDINATOR_COLUMNS = "c.group_id, c.member_id";
    /** The columns of the steps' query, in order. */
    static final String STEP_COLUMNS = "c.group_id, c.status, c.taken_on, c.reference";
    /** The columns of the participants' query, in order. */
    static final String PARTICIPANT_COLUMNS = "c.group_id, c.member_id, c.person_id, c.joined_on, c.left_on";
    /** The columns of the meetings' query, in order. */
    static final String MEETING_COLUMNS = "c.group_id, c.position, c.held_on, c.meeting_format, c.meeting_minutes";
    /** The columns of the attendees' query, in order. */
    static final String ATTENDEE_COLUMNS = "c.group_id, c.meeting_position, c.person_id";
    /** The columns of the products' query, in order. */
    static final String PRODUCT_COLUMNS = "c.group_id, c.position, c.product_id, c.title, c.kind, c.status,"
            + " c.published_on";
    /** The columns of the product partners' query, in order. */
    static final String PARTNER_COLUMNS = "c.group_id, c.product_position, c.partner_id";

    private final RowsAhead groups;
    private final RowsAhead coordinators;
    private final RowsAhead steps;
    private final RowsAhead participants;
    private final RowsAhead meetings;
    private final RowsAhead attendees;
    private final RowsAhead products;
    private final RowsAhead partners;
    private final Database database;

    /**
     * Starts before the first row of each result.
     *
     * @param results the groups, coordinators, steps, participants, meetings, attendees, products
     *                and partners, in that order
     */
    WorkingGroupRows(List<ResultSet> results, Database database) throws SQLException {
        this.groups = new RowsAhead(results.get(0));
        this.coordinators = new RowsAhead(results.get(1));
        this.steps = new RowsAhead(results.get(2));
        this.participants = new RowsAhead(results.get(3));
        this.meetings = new RowsAhead(results.get(4));
        this.attendees = new RowsAhead(results.get(5));
        this.products = new RowsAhead(results.get(6));
        this.partners = new RowsAhead(results.get(7));
        this.database = database;
    }

    /** The next group, with all its rows, or empty when the rows are used up. */
    Optional<WorkingGroup> next() throws SQLException {
        if (!groups.onRow()) {
            return Optional.empty();
        }
        ResultSet row = groups.rows();
        String id = row.getString(RowsAhead.OWNER);
        try {
            String need = row.getString(5);
            String coordinator = row.getString(6);
            WorkingGroup group = new WorkingGroup(WorkingGroupId.parse(id), row.getString(2), row.getString(3),
                    row.getString(4), need == null ? null : NeedId.parse(need), coordinatorsOf(id),
                    person(coordinator), stepsOf(id), participantsOf(id), meetingsOf(id), productsOf(id),
                    row.getLong(7));
            groups.advance();
            return Optional.of(group);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw database.failure("reading working group " + id + ", which is stored in a state no group can have", e);
        }
    }

    private List<MemberId> coordinatorsOf(String id) throws SQLException {
        List<MemberId> found = new ArrayList<>();
        ResultSet row = coordinators.rows();
        for (; coordinators.isOf(id); coordinators.advance()) {
            found.add(MemberId.parse(row.getString(2)));
        }
        return found;
    }

    private List<GroupStep> stepsOf(String id) throws SQLException {
        List<GroupStep> found = new ArrayList<>();
        ResultSet row = steps.rows();
        for (; steps.isOf(id); steps.advance()) {
            found.add(new GroupStep(GroupStatus.valueOf(row.getString(2)), row.getObject(3, LocalDate.class),
                    row.getString(4)));
        }
        return found;
    }

    private List<Participation> participantsOf(String id) throws SQLException {
        List<Participation> found = new ArrayList<>();
        ResultSet row = participants.rows();
        for (; participants.isOf(id); participants.advance()) {
            found.add(new Participation(MemberId.parse(row.getString(2)), person(row.getString(3)),
                    row.getObject(4, LocalDate.class), row.getObject(5, LocalDate.class)));
        }
        return found;
    }

    private List<GroupMeeting> meetingsOf(String id) throws SQLException {
        List<GroupMeeting> found = new ArrayList<>();
        ResultSet row = meetings.rows();
        for (; meetings.isOf(id); meetings.advance()) {
            int position = row.getInt(2);
            found.add(new GroupMeeting(row.getObject(3, LocalDate.class), MeetingFormat.valueOf(row.getString(4)),
                    attendeesOf(id, position), row.getString(5)));
        }
        return found;
    }

    private List<PersonId> attendeesOf(String id, int meetingPosition) throws SQLException {
        List<PersonId> found = new ArrayList<>();
        ResultSet row = attendees.rows();
        for (; attendees.isOf(id) && row.getInt(2) == meetingPosition; attendees.advance()) {
            found.add(PersonId.parse(row.getString(3)));
        }
        return found;
    }

    private List<GroupProduct> productsOf(String id) throws SQLException {
        List<GroupProduct> found = new ArrayList<>();
        ResultSet row = products.rows();
        for (; products.isOf(id); products.advance()) {
            int position = row.getInt(2);
            found.add(new GroupProduct(GroupProductId.parse(row.getString(3)), row.getString(4),
                    ProductKind.valueOf(row.getString(5)), ProductStatus.valueOf(row.getString(6)),
                    row.getObject(7, LocalDate.class), partnersOf(id, position)));
        }
        return found;
    }

    private List<PartnerId> partnersOf(String id, int productPosition) throws SQLException {
        List<PartnerId> found = new ArrayList<>();
        ResultSet row = partners.rows();
        for (; partners.isOf(id) && row.getInt(2) == productPosition; partners.advance()) {
            found.add(PartnerId.parse(row.getString(3)));
        }
        return found;
    }

    private static PersonId person(String id) {
        return id == null ? null : PersonId.parse(id);
    }
}
