package cat.xarxa;

import static cat.xarxa.ReasonAssertions.assertExplainedInEachLanguage;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.care.Channel;
import cat.xarxa.care.ContactData;
import cat.xarxa.care.ContactTopic;
import cat.xarxa.care.MeetingData;
import cat.xarxa.care.NeedData;
import cat.xarxa.common.Localisation;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.common.Money;
import cat.xarxa.fee.AssessmentId;
import cat.xarxa.fee.FeeAssessment;
import cat.xarxa.fee.FeePolicy;
import cat.xarxa.fee.FeeTerms;
import cat.xarxa.fee.FlatFee;
import cat.xarxa.fee.Payment;
import cat.xarxa.fee.PaymentId;
import cat.xarxa.fee.PaymentKind;
import cat.xarxa.fee.ProratedFee;
import cat.xarxa.fee.Proration;
import cat.xarxa.member.MemberData;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberKind;
import cat.xarxa.member.MemberStatus;
import cat.xarxa.member.PersonData;
import cat.xarxa.member.PersonId;
import cat.xarxa.member.Role;
import cat.xarxa.memory.MemoryStorageProvider;
import cat.xarxa.partner.PartnerData;
import cat.xarxa.partner.PartnerKind;
import cat.xarxa.spi.ExportFormat;
import cat.xarxa.spi.FormatProvider;
import cat.xarxa.spi.ImportException;
import cat.xarxa.spi.ImportFormat;
import cat.xarxa.spi.ImportSink;
import cat.xarxa.spi.RecordLocation;
import cat.xarxa.spi.Storage;
import cat.xarxa.spi.StorageConfig;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Importing into an empty store, and merging with what a store holds, independent of any file format. */
class XarxaImportModesTest {

    private static final String MEMBER = "00000000-0000-0000-0000-000000000001";
    private static final String PERSON = "00000000-0000-0000-0000-000000000002";
    private static final LocalDate ISSUED = LocalDate.of(2026, 4, 1);

    /** Records to hand to the sink, in order. */
    private final List<BiConsumer<ImportSink, RecordLocation>> records = new ArrayList<>();

    private final Storage storage = new MemoryStorageProvider().open(new StorageConfig(Map.of(), Map.of()));

    private final Xarxa xarxa = Xarxa.builder().storage(storage).formats(new FormatProvider() {
        @Override
        public List<ExportFormat> exportFormats() {
            return List.of();
        }

        @Override
        public List<ImportFormat> importFormats() {
            return List.of(new ImportFormat() {
                @Override
                public String name() {
                    return "listed";
                }

                @Override
                public void read(InputStream in, ImportSink sink) {
                    for (int i = 0; i < records.size(); i++) {
                        records.get(i).accept(sink, new RecordLocation(i + 1, i + 2));
                    }
                }
            });
        }
    }).build();

    @AfterEach
    void close() {
        xarxa.close();
    }

    private ImportReport importListed(ImportMode mode) {
        return xarxa.importFrom("listed", new ByteArrayInputStream(new byte[0]), mode);
    }

    private long journalSize() {
        return storage.transaction(tx -> tx.journal().size());
    }

    private static PersonData nuria(String name) {
        return new PersonData(PERSON, name, "", "", List.of("cooperatives"));
    }

    /** Nine records: a person, a member with her as contact, a partner, a need, a contact, a meeting and a paid fee. */
    private void aNetwork() {
        MemberId manlleu = MemberId.parse(MEMBER);
        records.add((sink, at) -> sink.person(at, nuria("Núria Pujol")));
        records.add((sink, at) -> sink.member(at, new MemberData(MEMBER, MemberKind.MUNICIPALITY, "081120", "Manlleu",
                List.of(new MemberData.Step(MemberStatus.APPLIED, LocalDate.of(2025, 3, 2), ""),
                        new MemberData.Step(MemberStatus.MEMBER, LocalDate.of(2025, 4, 2), "AG 2025-04")), List.of(),
                List.of(new MemberData.Term(PERSON, Role.TECHNICAL_CONTACT, LocalDate.of(2025, 4, 1), null)))));
        records.add((sink, at) -> sink.partner(at, new PartnerData("00000000-0000-0000-0000-000000000003", "Coop57",
                PartnerKind.COOPERATIVE, "https://coop57.coop", PERSON)));
        records.add((sink, at) -> sink.need(at, need("00000000-0000-0000-0000-000000000004", "Formació")));
        records.add((sink, at) -> sink.contact(at, new ContactData("00000000-0000-0000-0000-000000000005", MEMBER,
                LocalDate.of(2026, 5, 3), Channel.EMAIL, ContactTopic.FEE_PAYMENT, "", PERSON)));
        records.add((sink, at) -> sink.meeting(at, new MeetingData("00000000-0000-0000-0000-000000000006", MEMBER,
                LocalDate.of(2026, 5, 4), MeetingFormat.VIRTUAL, List.of(PERSON), "")));
        records.add((sink, at) -> sink.feePolicy(at, new FeePolicy(2026, 2025, new FlatFee(Money.euros(1000)),
                FeeTerms.DEFAULT, LocalDate.of(2026, 3, 1), "AG 2026-03")));
        records.add((sink, at) -> sink.assessment(at, assessment("00000000-0000-0000-0000-000000000010", manlleu)));
        records.add((sink, at) -> sink.payment(at, new Payment(PaymentId.parse("00000000-0000-0000-0000-000000000011"),
                manlleu, PaymentKind.PAYMENT, AssessmentId.parse("00000000-0000-0000-0000-000000000010"),
                LocalDate.of(2026, 5, 2), Money.euros(1000), "")));
    }

    private static NeedData need(String id, String description) {
        return new NeedData(id, MEMBER, "training", description, LocalDate.of(2026, 5, 1), null, List.of());
    }

    private static FeeAssessment assessment(String id, MemberId member) {
        return new FeeAssessment(AssessmentId.parse(id), member, MemberKind.MUNICIPALITY, 2026, null,
                new ProratedFee(Money.euros(1000), 12, 12, Money.euros(1000)), Proration.BY_MONTH, ISSUED,
                ISSUED.plusDays(60), ISSUED.plusDays(90), List.of(), 0);
    }

    @Test
    void theTwoArgumentImportMerges() {
        aNetwork();
        xarxa.importFrom("listed", new ByteArrayInputStream(new byte[0]));

        ImportReport again = xarxa.importFrom("listed", new ByteArrayInputStream(new byte[0]));

        assertEquals(0, again.imported());
        assertEquals(9, again.unchanged());
    }

    @Test
    void mergingTheSameRecordsTwiceChangesNothingTheSecondTime() {
        aNetwork();
        ImportReport first = importListed(ImportMode.MERGE);
        long journal = journalSize();
        var people = xarxa.people().list();
        var members = xarxa.members().list();

        ImportReport second = importListed(ImportMode.MERGE);

        assertAll(
                () -> assertEquals(9, first.imported()),
                () -> assertEquals(0, first.unchanged()),
                () -> assertEquals(0, second.imported()),
                () -> assertEquals(9, second.unchanged()),
                () -> assertEquals(List.of(), second.conflicts()),
                () -> assertEquals(journal, journalSize(), "journal"),
                () -> assertEquals(people, xarxa.people().list()),
                () -> assertEquals(members, xarxa.members().list()),
                () -> assertEquals(1, xarxa.fees().paymentsOf(MemberId.parse(MEMBER)).size()));
    }

    @Test
    void aRecordHeldWithOtherDataIsAConflictAndTheRestIsImported() {
        aNetwork();
        importListed(ImportMode.MERGE);
        long journal = journalSize();
        records.set(0, (sink, at) -> sink.person(at, nuria("Núria Pujol i Vila")));
        records.add((sink, at) -> sink.need(at, need("00000000-0000-0000-0000-000000000007", "Assessorament")));

        ImportReport report = importListed(ImportMode.MERGE);

        assertAll(
                () -> assertEquals(List.of(new ImportConflict("person", PERSON, new RecordLocation(1, 2))),
                        report.conflicts()),
                () -> assertEquals(1, report.needs()),
                () -> assertEquals(1, report.imported()),
                () -> assertEquals(8, report.unchanged()),
                () -> assertEquals("Núria Pujol", xarxa.people().find(PersonId.parse(PERSON)).orElseThrow().name()),
                () -> assertEquals(2, xarxa.care().needsOf(MemberId.parse(MEMBER)).size()),
                () -> assertEquals(journal + 1, journalSize(), "journal of the new need only"));
    }

    @Test
    void anotherAssessmentOfTheSameMemberAndYearIsAConflict() {
        aNetwork();
        importListed(ImportMode.MERGE);
        records.set(7, (sink, at) -> sink.assessment(at, assessment("00000000-0000-0000-0000-000000000020",
                MemberId.parse(MEMBER))));
        records.remove(8);

        ImportReport report = importListed(ImportMode.MERGE);

        assertEquals(List.of(new ImportConflict("fee-assessment", "00000000-0000-0000-0000-000000000020",
                new RecordLocation(8, 9))), report.conflicts());
        assertEquals(1, xarxa.fees().assessmentsOf(MemberId.parse(MEMBER)).size());
    }

    @Test
    void aPolicyOfTheSameYearWithOtherTermsIsAConflictKeyedByTheYear() {
        aNetwork();
        importListed(ImportMode.MERGE);
        records.set(6, (sink, at) -> sink.feePolicy(at, new FeePolicy(2026, 2025, new FlatFee(Money.euros(900)),
                FeeTerms.DEFAULT, LocalDate.of(2026, 3, 1), "AG 2026-03")));

        ImportReport report = importListed(ImportMode.MERGE);

        assertEquals(List.of(new ImportConflict("fee-policy", "2026", new RecordLocation(7, 8))), report.conflicts());
        assertEquals(8, report.unchanged());
    }

    @Test
    void aRecordGivenTwiceInTheSameInputIsStillADuplicateEvenIdentical() {
        records.add((sink, at) -> sink.person(at, nuria("Núria Pujol")));
        records.add((sink, at) -> sink.person(at, nuria("Núria Pujol")));

        ImportException refused = assertThrows(ImportException.class, () -> importListed(ImportMode.MERGE));

        assertEquals("import.duplicate-id", refused.problemReason().orElseThrow().code());
        assertEquals(new RecordLocation(2, 3), refused.location());
        assertEquals(List.of(), xarxa.people().list());
    }

    @Test
    void intoAnEmptyStoreEverythingIsImported() {
        aNetwork();

        ImportReport report = importListed(ImportMode.EMPTY_STORE);

        assertEquals(9, report.imported());
        assertEquals(new ImportReport("listed", 1, 1, 1, 1, 1, 1, 1, 1, 1), report);
    }

    @Test
    void intoAStoreThatHoldsAnythingNothingIsReadNorWritten() {
        records.add((sink, at) -> sink.partner(at, new PartnerData("00000000-0000-0000-0000-000000000003", "Coop57",
                PartnerKind.COOPERATIVE, "", null)));
        importListed(ImportMode.MERGE);
        long journal = journalSize();
        records.clear();
        aNetwork();

        ImportException refused = assertThrows(ImportException.class, () -> importListed(ImportMode.EMPTY_STORE));

        assertAll(
                () -> assertEquals("import.store-not-empty", refused.problemReason().orElseThrow().code()),
                () -> assertEquals(0, refused.location().index()),
                () -> assertExplainedInEachLanguage(refused.problemReason().orElseThrow()),
                () -> assertTrue(refused.message(Localisation.ENGLISH).startsWith(
                        "Import refused, nothing was imported: the store already holds records"),
                        refused.message(Localisation.ENGLISH)),
                () -> assertTrue(refused.message(Localisation.CATALAN).startsWith("Importació rebutjada"),
                        refused.message(Localisation.CATALAN)),
                () -> assertTrue(refused.message(Localisation.SPANISH).startsWith("Importación rechazada"),
                        refused.message(Localisation.SPANISH)),
                () -> assertEquals(0, xarxa.members().count()),
                () -> assertEquals(List.of(), xarxa.people().list()),
                () -> assertEquals(journal, journalSize()));
    }

    @Test
    void aDanglingReferenceStillRefusesTheWholeMerge() {
        aNetwork();
        importListed(ImportMode.MERGE);
        long journal = journalSize();
        records.add((sink, at) -> sink.need(at, need("00000000-0000-0000-0000-000000000007", "Assessorament")));
        records.add((sink, at) -> sink.need(at, new NeedData("00000000-0000-0000-0000-000000000008",
                "00000000-0000-0000-0000-000000000099", "training", "Formació", LocalDate.of(2026, 5, 1), null,
                List.of())));

        ImportException refused = assertThrows(ImportException.class, () -> importListed(ImportMode.MERGE));

        assertEquals("member", refused.field());
        assertEquals(11, refused.location().index());
        assertEquals(1, xarxa.care().needsOf(MemberId.parse(MEMBER)).size());
        assertEquals(journal, journalSize());
    }
}
