package cat.xarxa.json;

import cat.xarxa.advisory.Advisory;
import cat.xarxa.advisory.AdvisoryProduct;
import cat.xarxa.advisory.HourBank;
import cat.xarxa.advisory.LedgerEntry;
import cat.xarxa.care.ContactData;
import cat.xarxa.care.MeetingData;
import cat.xarxa.care.NeedData;
import cat.xarxa.fee.FeeAssessment;
import cat.xarxa.fee.FeePolicy;
import cat.xarxa.fee.Payment;
import cat.xarxa.governance.AssemblyDecision;
import cat.xarxa.governance.BodySeat;
import cat.xarxa.governance.NetworkEvent;
import cat.xarxa.member.MemberData;
import cat.xarxa.member.PersonData;
import cat.xarxa.mentorship.MentorProfile;
import cat.xarxa.mentorship.Mentorship;
import cat.xarxa.partner.PartnerData;
import cat.xarxa.practice.PracticeCall;
import cat.xarxa.practice.PracticeSubmission;
import cat.xarxa.practice.Training;
import cat.xarxa.spi.ExportSource;
import cat.xarxa.spi.ImportSink;
import cat.xarxa.spi.RecordLocation;
import cat.xarxa.workinggroup.BudgetEntry;
import cat.xarxa.workinggroup.GroupBudget;
import cat.xarxa.workinggroup.WorkingGroup;
import cat.xarxa.workplan.WorkPlan;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Stream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * One kind of record both formats hold: its name as a {@code jsonl} line's {@code type} and as a
 * {@code json} document's array, where an export reads it from, how it is written and read, and
 * which of the sink's methods takes it. Kept in one place so that the two formats, export and
 * import, cannot disagree on a name or an order.
 *
 * <p>{@link #IN_EXPORT_ORDER} is the order an export writes them: people before the members whose
 * mandates name them, members before the needs, contacts and meetings that belong to them (the
 * import requires a member to be there first), partners after the people they name; then the
 * fees, policies before the assessments made under them and assessments before the payments
 * that pay them, which the import requires too; then the advisory area, hour banks before the
 * ledger entries and the advisories charged to them, advisories (after the members and people
 * their requests name) before the materials they produced; then the mentorship area, the
 * mentors' profiles before the mentorships, both after the people and councils they name; then the
 * working-group area, the groups (after the needs, councils and partners they name) before their
 * yearly budgets, and a budget before its entries; then governance and shared knowledge: the
 * seats on the bodies, the events of the calendar, the assembly's decisions (after the events
 * they were taken at and the members, groups, hour banks and policies their motions name), the
 * calls for good practices before the practices submitted to them, the trainings, and last the
 * work plans, whose evidence may point at any of those. Each
 * area added comes after those before it, so that a file without its records numbers its records
 * as files did before it existed.
 *
 * @param <D> what an import reads and hands to the sink: the unchecked form of a record the sink
 *            validates, e.g. {@link PersonData}, or for the fee, advisory, mentorship, working-group,
 *            governance, good-practice and work-plan records the domain record itself, which the
 *            sink takes as it is
 */
final class RecordType<D> {

    /** Hands a record read to the sink's method for its kind. */
    @FunctionalInterface
    interface Handover<D> {
        void handOver(ImportSink sink, RecordLocation where, D data);
    }

    static final RecordType<PersonData> PERSON = new RecordType<>("person", "people",
            source -> source.people().map(PersonData::of), PersonShape::writeFields, PersonRecordReader::read,
            ImportSink::person);
    static final RecordType<MemberData> MEMBER = new RecordType<>("member", "members",
            source -> source.members().map(MemberData::of), MemberShape::writeFields, MemberRecordReader::read,
            ImportSink::member);
    static final RecordType<PartnerData> PARTNER = new RecordType<>("partner", "partners",
            source -> source.partners().map(PartnerData::of), PartnerShape::writeFields, PartnerRecordReader::read,
            ImportSink::partner);
    static final RecordType<NeedData> NEED = new RecordType<>("need", "needs",
            source -> source.needs().map(NeedData::of), NeedShape::writeFields, NeedRecordReader::read,
            ImportSink::need);
    static final RecordType<ContactData> CONTACT = new RecordType<>("contact", "contacts",
            source -> source.contacts().map(ContactData::of), ContactShape::writeFields, ContactRecordReader::read,
            ImportSink::contact);
    static final RecordType<MeetingData> MEETING = new RecordType<>("meeting", "meetings",
            source -> source.meetings().map(MeetingData::of), MeetingShape::writeFields, MeetingRecordReader::read,
            ImportSink::meeting);
    static final RecordType<FeePolicy> FEE_POLICY = new RecordType<>(FeePolicyReader.RECORD, "feePolicies",
            ExportSource::feePolicies, FeePolicyShape::writeFields, TreeFields.wholeRecord(FeePolicyReader::read),
            ImportSink::feePolicy);
    static final RecordType<FeeAssessment> FEE_ASSESSMENT = new RecordType<>(AssessmentReader.RECORD,
            "feeAssessments", ExportSource::assessments, AssessmentShape::writeFields,
            TreeFields.wholeRecord(AssessmentReader::read), ImportSink::assessment);
    static final RecordType<Payment> FEE_PAYMENT = new RecordType<>(PaymentReader.RECORD, "feePayments",
            ExportSource::payments, PaymentShape::writeFields, TreeFields.wholeRecord(PaymentReader::read),
            ImportSink::payment);

    static final RecordType<HourBank> HOUR_BANK = new RecordType<>(HourBankReader.RECORD, "hourBanks",
            ExportSource::hourBanks, HourBankShape::writeFields, TreeFields.wholeRecord(HourBankReader::read),
            ImportSink::hourBank);
    static final RecordType<LedgerEntry> LEDGER_ENTRY = new RecordType<>(LedgerEntryReader.RECORD, "ledgerEntries",
            ExportSource::ledgerEntries, LedgerEntryShape::writeFields, TreeFields.wholeRecord(LedgerEntryReader::read),
            ImportSink::ledgerEntry);
    static final RecordType<Advisory> ADVISORY = new RecordType<>(AdvisoryReader.RECORD, "advisories",
            ExportSource::advisories, AdvisoryShape::writeFields, TreeFields.wholeRecord(AdvisoryReader::read),
            ImportSink::advisory);
    static final RecordType<AdvisoryProduct> ADVISORY_PRODUCT = new RecordType<>(AdvisoryProductReader.RECORD,
            "advisoryProducts", ExportSource::advisoryProducts, AdvisoryProductShape::writeFields,
            TreeFields.wholeRecord(AdvisoryProductReader::read), ImportSink::advisoryProduct);

    static final RecordType<MentorProfile> MENTOR_PROFILE = new RecordType<>(MentorProfileReader.RECORD,
            "mentorProfiles", ExportSource::mentorProfiles, MentorProfileShape::writeFields,
            TreeFields.wholeRecord(MentorProfileReader::read), ImportSink::mentorProfile);
    static final RecordType<Mentorship> MENTORSHIP = new RecordType<>(MentorshipReader.RECORD, "mentorships",
            ExportSource::mentorships, MentorshipShape::writeFields, TreeFields.wholeRecord(MentorshipReader::read),
            ImportSink::mentorship);

    static final RecordType<WorkingGroup> WORKING_GROUP = new RecordType<>(WorkingGroupReader.RECORD, "workingGroups",
            ExportSource::workingGroups, WorkingGroupShape::writeFields, TreeFields.wholeRecord(WorkingGroupReader::read),
            ImportSink::workingGroup);
    static final RecordType<GroupBudget> GROUP_BUDGET = new RecordType<>(GroupBudgetReader.RECORD, "groupBudgets",
            ExportSource::groupBudgets, GroupBudgetShape::writeFields, TreeFields.wholeRecord(GroupBudgetReader::read),
            ImportSink::groupBudget);
    static final RecordType<BudgetEntry> BUDGET_ENTRY = new RecordType<>(BudgetEntryReader.RECORD, "budgetEntries",
            ExportSource::budgetEntries, BudgetEntryShape::writeFields, TreeFields.wholeRecord(BudgetEntryReader::read),
            ImportSink::budgetEntry);

    static final RecordType<BodySeat> BODY_SEAT = new RecordType<>(BodySeatReader.RECORD, "bodySeats",
            ExportSource::bodySeats, BodySeatShape::writeFields, TreeFields.wholeRecord(BodySeatReader::read),
            ImportSink::bodySeat);
    static final RecordType<NetworkEvent> EVENT = new RecordType<>(EventReader.RECORD, "events",
            ExportSource::events, EventShape::writeFields, TreeFields.wholeRecord(EventReader::read),
            ImportSink::event);
    static final RecordType<AssemblyDecision> DECISION = new RecordType<>(DecisionReader.RECORD, "decisions",
            ExportSource::decisions, DecisionShape::writeFields, TreeFields.wholeRecord(DecisionReader::read),
            ImportSink::decision);
    static final RecordType<PracticeCall> PRACTICE_CALL = new RecordType<>(PracticeCallReader.RECORD,
            "practiceCalls", ExportSource::practiceCalls, PracticeCallShape::writeFields,
            TreeFields.wholeRecord(PracticeCallReader::read), ImportSink::practiceCall);
    static final RecordType<PracticeSubmission> PRACTICE_SUBMISSION = new RecordType<>(
            PracticeSubmissionReader.RECORD, "practiceSubmissions", ExportSource::practiceSubmissions,
            PracticeSubmissionShape::writeFields, TreeFields.wholeRecord(PracticeSubmissionReader::read),
            ImportSink::practiceSubmission);
    static final RecordType<Training> TRAINING = new RecordType<>(TrainingReader.RECORD, "trainings",
            ExportSource::trainings, TrainingShape::writeFields, TreeFields.wholeRecord(TrainingReader::read),
            ImportSink::training);
    static final RecordType<WorkPlan> WORK_PLAN = new RecordType<>(WorkPlanReader.RECORD, "workPlans",
            ExportSource::workPlans, WorkPlanShape::writeFields, TreeFields.wholeRecord(WorkPlanReader::read),
            ImportSink::workPlan);

    /** Every kind, in the order an export writes them. */
    static final List<RecordType<?>> IN_EXPORT_ORDER = List.of(PERSON, MEMBER, PARTNER, NEED, CONTACT, MEETING,
            FEE_POLICY, FEE_ASSESSMENT, FEE_PAYMENT, HOUR_BANK, LEDGER_ENTRY, ADVISORY, ADVISORY_PRODUCT,
            MENTOR_PROFILE, MENTORSHIP, WORKING_GROUP, GROUP_BUDGET, BUDGET_ENTRY, BODY_SEAT, EVENT, DECISION,
            PRACTICE_CALL, PRACTICE_SUBMISSION, TRAINING, WORK_PLAN);

    private final String lineType;
    private final String arrayName;
    private final Function<ExportSource, Stream<D>> exported;
    private final BiConsumer<JsonGenerator, D> writer;
    private final Function<JsonParser, D> reader;
    private final Handover<D> handover;

    private RecordType(String lineType, String arrayName, Function<ExportSource, Stream<D>> exported,
                       BiConsumer<JsonGenerator, D> writer, Function<JsonParser, D> reader, Handover<D> handover) {
        this.lineType = lineType;
        this.arrayName = arrayName;
        this.exported = exported;
        this.writer = writer;
        this.reader = reader;
        this.handover = handover;
    }

    /** The kind a {@code jsonl} line's {@code type} names, if any. */
    static Optional<RecordType<?>> ofLine(String type) {
        return IN_EXPORT_ORDER.stream().filter(kind -> kind.lineType.equals(type)).findFirst();
    }

    /** The kind a {@code json} document's array of this name holds, if any. */
    static Optional<RecordType<?>> ofArray(String name) {
        return IN_EXPORT_ORDER.stream().filter(kind -> kind.arrayName.equals(name)).findFirst();
    }

    /** The {@code type} of a {@code jsonl} line holding one, e.g. {@code person}. */
    String lineType() {
        return lineType;
    }

    /** The name of the {@code json} document's array of them, e.g. {@code people}. */
    String arrayName() {
        return arrayName;
    }

    /** Every record of this kind the source holds, in its order, as an import reads them; close the stream. */
    Stream<D> exportedFrom(ExportSource source) {
        return exported.apply(source);
    }

    /** Writes a record's fields into the object the generator has open. */
    void writeFields(JsonGenerator json, D record) {
        writer.accept(json, record);
    }

    /**
     * Reads the record whose object starts at the parser's current token.
     *
     * @throws RecordProblem naming the field that cannot be read
     */
    D read(JsonParser parser) {
        return reader.apply(parser);
    }

    /** Hands a record read to the sink, which checks and stores it. */
    void handOver(ImportSink sink, RecordLocation where, D record) {
        handover.handOver(sink, where, record);
    }
}
