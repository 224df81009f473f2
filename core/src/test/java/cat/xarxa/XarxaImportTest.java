package cat.xarxa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.care.Channel;
import cat.xarxa.care.ContactData;
import cat.xarxa.care.ContactTopic;
import cat.xarxa.care.MeetingData;
import cat.xarxa.care.NeedData;
import cat.xarxa.care.NeedStatus;
import cat.xarxa.common.Localisation;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.member.MemberData;
import cat.xarxa.member.MemberKind;
import cat.xarxa.member.MemberStatus;
import cat.xarxa.member.PersonData;
import cat.xarxa.member.Role;
import cat.xarxa.partner.PartnerData;
import cat.xarxa.partner.PartnerKind;
import cat.xarxa.spi.ExportFormat;
import cat.xarxa.spi.FormatProvider;
import cat.xarxa.spi.ImportException;
import cat.xarxa.spi.ImportFormat;
import cat.xarxa.spi.ImportSink;
import cat.xarxa.spi.RecordLocation;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The import's checks for every kind of record, independent of any file format. */
class XarxaImportTest {

    private static final String MEMBER = "00000000-0000-0000-0000-000000000001";
    private static final String PERSON = "00000000-0000-0000-0000-000000000002";

    /** Records to hand to the sink, in order. */
    private final List<BiConsumer<ImportSink, RecordLocation>> records = new ArrayList<>();

    private final Xarxa xarxa = Xarxa.builder().setting(Xarxa.STORAGE, "memory").formats(new FormatProvider() {
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

    private ImportReport importListed() {
        return xarxa.importFrom("listed", new ByteArrayInputStream(new byte[0]));
    }

    private void aNetwork() {
        records.add((sink, at) -> sink.person(at, new PersonData(PERSON, "Núria Pujol", "", "", List.of("cooperatives"))));
        records.add((sink, at) -> sink.member(at, new MemberData(MEMBER, MemberKind.MUNICIPALITY, "081120", "Manlleu",
                List.of(new MemberData.Step(MemberStatus.APPLIED, LocalDate.of(2026, 3, 2), "")), List.of(),
                List.of(new MemberData.Term(PERSON, Role.TECHNICAL_CONTACT, LocalDate.of(2026, 4, 1), null)))));
        records.add((sink, at) -> sink.partner(at, new PartnerData("00000000-0000-0000-0000-000000000003", "Coop57",
                PartnerKind.COOPERATIVE, "https://coop57.coop", PERSON)));
        records.add((sink, at) -> sink.need(at, new NeedData("00000000-0000-0000-0000-000000000004", MEMBER, "training",
                "Formació", LocalDate.of(2026, 5, 1), null,
                List.of(new NeedData.Entry(LocalDate.of(2026, 5, 2), NeedStatus.IN_PROGRESS, "")))));
        records.add((sink, at) -> sink.contact(at, new ContactData("00000000-0000-0000-0000-000000000005", MEMBER,
                LocalDate.of(2026, 5, 3), Channel.EMAIL, ContactTopic.FEE_PAYMENT, "", PERSON)));
        records.add((sink, at) -> sink.meeting(at, new MeetingData("00000000-0000-0000-0000-000000000006", MEMBER,
                LocalDate.of(2026, 5, 4), MeetingFormat.VIRTUAL, List.of(PERSON), "")));
    }

    @Test
    void everyKindOfRecordIsImportedAndCounted() {
        aNetwork();

        ImportReport report = importListed();

        assertEquals(new ImportReport("listed", 1, 1, 1, 1, 1, 1), report);
        cat.xarxa.member.MemberId manlleu = cat.xarxa.member.MemberId.parse(MEMBER);
        assertEquals(NeedStatus.IN_PROGRESS, xarxa.care().needsOf(manlleu).get(0).status());
        assertEquals(1, xarxa.care().contactsOf(manlleu).size());
        assertEquals(1, xarxa.care().onboardingsOf(manlleu).size());
        assertEquals("Coop57", xarxa.partners().list().get(0).name());
    }

    /** A member since 2025, its 2026 fee of 1,000 € and a payment of 1,100 €: 100 € of credit. */
    private cat.xarxa.fee.FeeAssessment aPaidFeeWithCredit() {
        cat.xarxa.member.MemberId manlleu = cat.xarxa.member.MemberId.parse(MEMBER);
        records.add((sink, at) -> sink.member(at, new MemberData(MEMBER, MemberKind.MUNICIPALITY, "081120", "Manlleu",
                List.of(new MemberData.Step(MemberStatus.APPLIED, LocalDate.of(2025, 3, 2), ""),
                        new MemberData.Step(MemberStatus.MEMBER, LocalDate.of(2025, 4, 2), "AG 2025-04")),
                List.of(), List.of())));
        records.add((sink, at) -> sink.feePolicy(at, new cat.xarxa.fee.FeePolicy(2026, 2025,
                new cat.xarxa.fee.FlatFee(cat.xarxa.common.Money.euros(1000)), cat.xarxa.fee.FeeTerms.DEFAULT,
                LocalDate.of(2026, 3, 1), "AG 2026-03")));
        LocalDate issued = LocalDate.of(2026, 4, 1);
        cat.xarxa.fee.FeeAssessment fee = new cat.xarxa.fee.FeeAssessment(
                cat.xarxa.fee.AssessmentId.parse("00000000-0000-0000-0000-000000000010"), manlleu, MemberKind.MUNICIPALITY,
                2026, null, new cat.xarxa.fee.ProratedFee(cat.xarxa.common.Money.euros(1000), 12, 12,
                cat.xarxa.common.Money.euros(1000)), cat.xarxa.fee.Proration.BY_MONTH, issued, issued.plusDays(60),
                issued.plusDays(90), List.of(), 0);
        records.add((sink, at) -> sink.assessment(at, fee));
        records.add((sink, at) -> sink.payment(at, new cat.xarxa.fee.Payment(
                cat.xarxa.fee.PaymentId.parse("00000000-0000-0000-0000-000000000011"), manlleu,
                cat.xarxa.fee.PaymentKind.PAYMENT, fee.id(), LocalDate.of(2026, 5, 2), cat.xarxa.common.Money.euros(1100), "")));
        return fee;
    }

    private void aRefund(String amount) {
        records.add((sink, at) -> sink.payment(at, new cat.xarxa.fee.Payment(
                cat.xarxa.fee.PaymentId.parse("00000000-0000-0000-0000-000000000012"),
                cat.xarxa.member.MemberId.parse(MEMBER), cat.xarxa.fee.PaymentKind.REFUND, null, LocalDate.of(2026, 5, 9),
                cat.xarxa.common.Money.euros(amount), "TRF R1")));
    }

    @Test
    void feeRecordsAreImportedAndARefundWithinTheCreditIsKept() {
        aPaidFeeWithCredit();
        aRefund("100.00");

        ImportReport report = importListed();

        assertEquals(new ImportReport("listed", 1, 0, 0, 0, 0, 0, 1, 1, 2), report);
        assertEquals(cat.xarxa.common.Money.ZERO, xarxa.fees().statement(cat.xarxa.member.MemberId.parse(MEMBER),
                LocalDate.of(2026, 12, 31)).balance());
    }

    @Test
    void aRefundBeyondTheCreditRefusesTheWholeImportNamingTheRefund() {
        aPaidFeeWithCredit();
        aRefund("100.01");

        ImportException refused = assertThrows(ImportException.class, this::importListed);

        assertEquals("fee.refund-exceeds-credit", refused.problemReason().orElseThrow().code());
        assertEquals("amount", refused.field());
        assertEquals(new RecordLocation(5, 6), refused.location());
        assertEquals(0, xarxa.members().count());
        assertTrue(xarxa.fees().policies().isEmpty());
    }

    @Test
    void aNeedOfAMemberNotImportedYetRefusesTheWholeImport() {
        aNetwork();
        records.add((sink, at) -> sink.need(at, new NeedData("00000000-0000-0000-0000-000000000007",
                "00000000-0000-0000-0000-000000000099", "training", "Formació", LocalDate.of(2026, 5, 1), null, List.of())));

        ImportException refused = assertThrows(ImportException.class, this::importListed);

        assertEquals(7, refused.location().index());
        assertEquals("member", refused.field());
        assertEquals(0, xarxa.members().count());
        assertEquals(List.of(), xarxa.partners().list());
        assertEquals(List.of(), xarxa.people().list());
    }

    @Test
    void anImportedFollowUpLogObeysTheSameRules() {
        aNetwork();
        records.add((sink, at) -> sink.need(at, new NeedData("00000000-0000-0000-0000-000000000008", MEMBER, "advisory",
                "Assessorament", LocalDate.of(2026, 5, 1), null, List.of(
                        new NeedData.Entry(LocalDate.of(2026, 5, 2), NeedStatus.DROPPED, ""),
                        new NeedData.Entry(LocalDate.of(2026, 5, 3), NeedStatus.ADDRESSED, "")))));

        ImportException refused = assertThrows(ImportException.class, this::importListed);

        assertEquals("followUps[1]", refused.field());
        assertTrue(refused.message(Localisation.CATALAN).contains("no pot passar de descartada a atesa"),
                refused.message(Localisation.CATALAN));
        assertEquals(0, xarxa.members().count());
    }

    @Test
    void aMandateNamesItsOwnFieldWhenItsDatesAreWrong() {
        records.add((sink, at) -> sink.member(at, new MemberData(MEMBER, MemberKind.MUNICIPALITY, "081120", "Manlleu",
                List.of(new MemberData.Step(MemberStatus.APPLIED, LocalDate.of(2026, 3, 2), "")), List.of(),
                List.of(new MemberData.Term(PERSON, Role.OTHER, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 1)),
                        new MemberData.Term("not-a-uuid", Role.OTHER, LocalDate.of(2026, 4, 1), null)))));

        ImportException refused = assertThrows(ImportException.class, this::importListed);

        assertEquals("mandates[0].to", refused.field());
    }

    @Test
    void aPartnersNameIsImportedOnce() {
        aNetwork();
        records.add((sink, at) -> sink.partner(at, new PartnerData("00000000-0000-0000-0000-000000000009", "Coop57",
                PartnerKind.COOPERATIVE, "", null)));

        ImportException refused = assertThrows(ImportException.class, this::importListed);

        assertEquals("name", refused.field());
        assertEquals(List.of(), xarxa.partners().list());
    }

    @Test
    void theSameContactUnderTwoMembersIsADuplicateRecord() {
        aNetwork();
        records.add((sink, at) -> sink.member(at, new MemberData("00000000-0000-0000-0000-000000000010",
                MemberKind.MUNICIPALITY, "081878", "Sabadell",
                List.of(new MemberData.Step(MemberStatus.APPLIED, LocalDate.of(2026, 3, 2), "")))));
        records.add((sink, at) -> sink.contact(at, new ContactData("00000000-0000-0000-0000-000000000005",
                "00000000-0000-0000-0000-000000000010", LocalDate.of(2026, 5, 3), Channel.EMAIL, ContactTopic.OTHER, "", null)));

        ImportException refused = assertThrows(ImportException.class, this::importListed);

        assertEquals(8, refused.location().index());
        assertEquals("id", refused.field());
        assertEquals(0, xarxa.members().count());
    }

    @Test
    void aDuplicateIdIsARecordThatIsAlreadyThere() {
        records.add((sink, at) -> sink.person(at, new PersonData(PERSON, "Núria Pujol", "", "", List.of())));
        records.add((sink, at) -> sink.person(at, new PersonData(PERSON, "Una altra", "", "", List.of())));

        ImportException refused = assertThrows(ImportException.class, this::importListed);

        assertTrue(refused.getMessage().contains("a record with id " + PERSON + " already exists"), refused.getMessage());
    }
}
