package cat.xarxa.json;

import static cat.xarxa.json.RecordFields.wrongType;
import static cat.xarxa.json.TreeFields.built;
import static cat.xarxa.json.TreeFields.date;
import static cat.xarxa.json.TreeFields.enumValue;
import static cat.xarxa.json.TreeFields.id;
import static cat.xarxa.json.TreeFields.list;
import static cat.xarxa.json.TreeFields.object;
import static cat.xarxa.json.TreeFields.optional;
import static cat.xarxa.json.TreeFields.optionalDate;
import static cat.xarxa.json.TreeFields.optionalId;
import static cat.xarxa.json.TreeFields.optionalText;
import static cat.xarxa.json.TreeFields.text;

import cat.xarxa.care.NeedId;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.common.Reason;
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
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Reads a working group in {@link WorkingGroupShape}'s shape, with version 0, as one not yet
 * stored. Refused here, naming the field by its path (e.g. {@code history[1].status},
 * {@code products[0].partners[1]}): a missing value (only these may be missing: {@code mandate},
 * a step's {@code reference} and a meeting's {@code minutes}, meaning none; {@code need},
 * {@code coordinator}, a participant's {@code person} and {@code until} and a product's
 * {@code publishedOn}, meaning none; {@code coordinators}, {@code participants},
 * {@code meetings}, {@code products}, a meeting's {@code attendees} and a product's
 * {@code partners}, meaning none), a value of the wrong JSON type, an id or a date that is not
 * one, an unknown {@code status}, {@code format} or {@code kind}, a history without a step, a
 * participation that ends before it starts and a product with a publication date that is not
 * published, or published without one. Whether the need, the councils and the partners are there
 * and the history is one the group could have lived is the import's to judge.
 */
final class WorkingGroupReader {

    /** The record as files name it. */
    static final String RECORD = "working-group";

    private WorkingGroupReader() {
    }

    /**
     * Reads the group at a node.
     *
     * @throws RecordProblem naming the field that cannot be read
     */
    static WorkingGroup read(JsonNode record) {
        object(record, "");
        WorkingGroupId id = id(record, WorkingGroupShape.ID, "", WorkingGroupId::parse);
        String name = text(record, WorkingGroupShape.NAME, "");
        String theme = text(record, WorkingGroupShape.THEME, "");
        String mandate = optionalText(record, WorkingGroupShape.MANDATE, "");
        NeedId need = optionalId(record, WorkingGroupShape.NEED, "", NeedId::parse);
        List<MemberId> coordinators = list(record, WorkingGroupShape.COORDINATORS, "", ids(MemberId::parse));
        PersonId coordinator = optionalId(record, WorkingGroupShape.COORDINATOR, "", PersonId::parse);
        if (optional(record, WorkingGroupShape.HISTORY) == null) {
            throw wrongType(WorkingGroupShape.HISTORY, TreeFields.ARRAY);
        }
        List<GroupStep> history = list(record, WorkingGroupShape.HISTORY, "", WorkingGroupReader::step);
        List<Participation> participants = list(record, WorkingGroupShape.PARTICIPANTS, "",
                WorkingGroupReader::participation);
        List<GroupMeeting> meetings = list(record, WorkingGroupShape.MEETINGS, "", WorkingGroupReader::meeting);
        List<GroupProduct> products = list(record, WorkingGroupShape.PRODUCTS, "", WorkingGroupReader::product);
        return built(WorkingGroupShape.HISTORY, RECORD, () -> new WorkingGroup(id, name, theme, mandate, need,
                coordinators, coordinator, history, participants, meetings, products, 0));
    }

    private static GroupStep step(JsonNode step, String where) {
        object(step, where);
        return new GroupStep(enumValue(step, WorkingGroupShape.STATUS, where, GroupStatus.class),
                date(step, WorkingGroupShape.ON, where),
                optionalText(step, WorkingGroupShape.REFERENCE, where));
    }

    private static Participation participation(JsonNode participation, String where) {
        object(participation, where);
        MemberId council = id(participation, WorkingGroupShape.COUNCIL, where, MemberId::parse);
        PersonId person = optionalId(participation, WorkingGroupShape.PERSON, where, PersonId::parse);
        LocalDate from = date(participation, WorkingGroupShape.FROM, where);
        LocalDate until = optionalDate(participation, WorkingGroupShape.UNTIL, where);
        return built(TreeFields.at(where, WorkingGroupShape.UNTIL), RECORD,
                () -> new Participation(council, person, from, until));
    }

    private static GroupMeeting meeting(JsonNode meeting, String where) {
        object(meeting, where);
        return new GroupMeeting(date(meeting, WorkingGroupShape.ON, where),
                enumValue(meeting, WorkingGroupShape.FORMAT, where, MeetingFormat.class),
                list(meeting, WorkingGroupShape.ATTENDEES, where, ids(PersonId::parse)),
                optionalText(meeting, WorkingGroupShape.MINUTES, where));
    }

    private static GroupProduct product(JsonNode product, String where) {
        object(product, where);
        GroupProductId id = id(product, WorkingGroupShape.ID, where, GroupProductId::parse);
        String title = text(product, WorkingGroupShape.TITLE, where);
        ProductKind kind = enumValue(product, WorkingGroupShape.KIND, where, ProductKind.class);
        ProductStatus status = enumValue(product, WorkingGroupShape.STATUS, where, ProductStatus.class);
        LocalDate publishedOn = optionalDate(product, WorkingGroupShape.PUBLISHED_ON, where);
        List<PartnerId> partners = list(product, WorkingGroupShape.PARTNERS, where, ids(PartnerId::parse));
        return built(TreeFields.at(where, WorkingGroupShape.PUBLISHED_ON), RECORD,
                () -> new GroupProduct(id, title, kind, status, publishedOn, partners));
    }

    /** An id in a list, at its place ({@code coordinators[0]}). */
    private static <I> BiFunction<JsonNode, String, I> ids(Function<String, I> parse) {
        return (value, where) -> {
            if (value == null || !value.isString()) {
                throw wrongType(where, TreeFields.STRING);
            }
            try {
                return parse.apply(value.stringValue());
            } catch (IllegalArgumentException e) {
                throw new RecordProblem(where, Reason.of("import.not-an-id", value.stringValue()));
            }
        };
    }
}
