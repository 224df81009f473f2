package cat.xarxa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.care.Channel;
import cat.xarxa.care.ContactTopic;
import cat.xarxa.care.FollowUp;
import cat.xarxa.care.FollowUpNeed;
import cat.xarxa.care.LogContact;
import cat.xarxa.care.MeetingId;
import cat.xarxa.care.Need;
import cat.xarxa.care.NeedCategories;
import cat.xarxa.care.NeedFound;
import cat.xarxa.care.NeedId;
import cat.xarxa.care.NeedStatus;
import cat.xarxa.care.NeedsReport;
import cat.xarxa.care.RaiseNeed;
import cat.xarxa.care.RecordOnboardingMeeting;
import cat.xarxa.common.Decision;
import cat.xarxa.common.IneCode;
import cat.xarxa.common.InvalidCommandException;
import cat.xarxa.common.Localisation;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.member.ApplyForMembership;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import cat.xarxa.member.RegisterPerson;
import cat.xarxa.partner.ChangePartnerContact;
import cat.xarxa.partner.Partner;
import cat.xarxa.partner.PartnerId;
import cat.xarxa.partner.PartnerKind;
import cat.xarxa.partner.RegisterPartner;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Onboarding, needs and their follow-up, the contact log, the needs report and the partner registry. */
class XarxaCareAndPartnersTest {

    private static final LocalDate MET_ON = LocalDate.of(2026, 5, 12);

    private final Xarxa xarxa = Xarxa.builder().setting(Xarxa.STORAGE, "memory")
            .clock(Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), Xarxa.NETWORK_ZONE)).build();
    private final MemberId manlleu = xarxa.members()
            .apply(new ApplyForMembership(IneCode.parse("081120"), LocalDate.of(2026, 3, 2))).orElseThrow();
    private final PersonId technician = xarxa.people().register(new RegisterPerson("Tècnica d'ESS")).orElseThrow();

    @AfterEach
    void close() {
        xarxa.close();
    }

    private NeedId aNeed(String category, LocalDate raisedOn, LocalDate expectedOn) {
        return xarxa.care().raiseNeed(new RaiseNeed(manlleu, category, "Clàusules socials en la contractació", raisedOn,
                expectedOn)).orElseThrow();
    }

    @Test
    void anOnboardingMeetingRecordsItsAttendeesAndTheNeedsFound() {
        MeetingId meeting = xarxa.care().recordOnboarding(new RecordOnboardingMeeting(manlleu, MET_ON, MeetingFormat.VIRTUAL,
                List.of(technician), "Primera reunió", List.of(
                        new NeedFound(NeedCategories.HIRING_AND_PROCUREMENT, "Contracte de neteja amb clàusules socials",
                                LocalDate.of(2027, 1, 15)),
                        new NeedFound("training", "Formació en economia social per a l'equip tècnic", null)))).orElseThrow();

        assertEquals(meeting, xarxa.care().onboardingsOf(manlleu).get(0).id());
        assertEquals(List.of(technician), xarxa.care().onboardingsOf(manlleu).get(0).attendees());
        List<Need> needs = xarxa.care().needsOf(manlleu);
        assertEquals(2, needs.size());
        assertTrue(needs.stream().allMatch(n -> n.raisedOn().equals(MET_ON) && n.status() == NeedStatus.OPEN));
    }

    @Test
    void aMeetingWithAnUnknownAttendeeOrCategoryRecordsNothing() {
        Decision<MeetingId> refused = xarxa.care().recordOnboarding(new RecordOnboardingMeeting(manlleu, MET_ON,
                MeetingFormat.HYBRID, List.of(new PersonId(new java.util.UUID(3, 3))), null,
                List.of(new NeedFound("karaoke", "Una necessitat", null))));

        assertEquals(List.of("person.not-found", "need.unknown-category"),
                refused.reasons().stream().map(r -> r.code()).toList());
        assertEquals(List.of(), xarxa.care().onboardingsOf(manlleu));
        assertEquals(List.of(), xarxa.care().needsOf(manlleu));
    }

    @Test
    void aNeedIsFollowedUpUntilItIsAddressedAndTheLogStays() {
        NeedId need = aNeed("advisory", MET_ON, null);

        xarxa.care().followUp(new FollowUpNeed(need, LocalDate.of(2026, 5, 20), NeedStatus.IN_PROGRESS,
                "Assessorament conjunt programat")).orElseThrow();
        Need addressed = xarxa.care().followUp(new FollowUpNeed(need, LocalDate.of(2026, 6, 30), NeedStatus.ADDRESSED,
                "Fet")).orElseThrow();

        assertEquals(NeedStatus.ADDRESSED, addressed.status());
        assertEquals(List.of(new FollowUp(LocalDate.of(2026, 5, 20), NeedStatus.IN_PROGRESS, "Assessorament conjunt programat"),
                new FollowUp(LocalDate.of(2026, 6, 30), NeedStatus.ADDRESSED, "Fet")), addressed.followUps());
    }

    @Test
    void aFollowUpCannotGoBackInTimeNorJumpFromDroppedToAddressed() {
        NeedId need = aNeed("advisory", MET_ON, null);
        xarxa.care().followUp(new FollowUpNeed(need, MET_ON.plusDays(5), NeedStatus.DROPPED, null)).orElseThrow();

        Decision<Need> refused = xarxa.care().followUp(new FollowUpNeed(need, MET_ON, NeedStatus.ADDRESSED, null));

        assertEquals(List.of("need.illegal-transition", "need.date-before-last"),
                refused.reasons().stream().map(r -> r.code()).toList());
        assertEquals("Una necessitat no pot passar de descartada a atesa.", refused.reasons(Localisation.CATALAN).get(0));
    }

    @Test
    void anExpectedDateBeforeTheNeedWasRaisedIsRefused() {
        Decision<NeedId> refused = xarxa.care().raiseNeed(new RaiseNeed(manlleu, "funding", "Subvenció", MET_ON, MET_ON.minusDays(1)));

        assertEquals("need.expected-before-raised", refused.reasons().get(0).code());
    }

    @Test
    void theNeedsReportCountsByCategoryMemberAndStatusAndListsTheExpectedHiring() {
        NeedId cleaning = aNeed(NeedCategories.HIRING_AND_PROCUREMENT, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 9, 1));
        NeedId catering = aNeed(NeedCategories.HIRING_AND_PROCUREMENT, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 7, 1));
        aNeed(NeedCategories.HIRING_AND_PROCUREMENT, LocalDate.of(2026, 3, 1), LocalDate.of(2027, 7, 1));
        NeedId training = aNeed("training", LocalDate.of(2026, 4, 1), null);
        aNeed("training", LocalDate.of(2025, 4, 1), null);
        xarxa.care().followUp(new FollowUpNeed(training, LocalDate.of(2026, 4, 2), NeedStatus.IN_PROGRESS, null)).orElseThrow();

        NeedsReport report = xarxa.care().needsReport(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

        assertEquals(4, report.raised());
        assertEquals(Map.of(NeedCategories.HIRING_AND_PROCUREMENT, 3L, "training", 1L), report.byCategory());
        assertEquals(Map.of(manlleu, 4L), report.byMember());
        assertEquals(Map.of(NeedStatus.OPEN, 3L, NeedStatus.IN_PROGRESS, 1L), report.byStatus());
        assertEquals(List.of(catering, cleaning), report.expectedHiring().stream().map(Need::id).toList());
    }

    @Test
    void aNetworkMayConfigureItsOwnCategories() {
        try (Xarxa other = Xarxa.builder().setting(Xarxa.STORAGE, "memory").needCategories(List.of("housing", "other")).build()) {
            MemberId sabadell = other.members()
                    .apply(new ApplyForMembership(IneCode.parse("081878"), LocalDate.of(2020, 1, 1))).orElseThrow();

            assertTrue(other.care().raiseNeed(new RaiseNeed(sabadell, "housing", "Cooperatives d'habitatge", MET_ON, null))
                    .isAccepted());
            assertEquals("need.unknown-category", other.care().raiseNeed(
                    new RaiseNeed(sabadell, "training", "Formació", MET_ON, null)).reasons().get(0).code());
        }
        assertThrows(IllegalArgumentException.class, () -> Xarxa.builder().needCategories(List.of("Not a Tag")));
    }

    @Test
    void contactsAreLoggedByDate() {
        xarxa.care().logContact(new LogContact(manlleu, LocalDate.of(2026, 5, 3), Channel.EMAIL, ContactTopic.FEE_PAYMENT,
                "Dubte sobre la quota", technician)).orElseThrow();
        xarxa.care().logContact(new LogContact(manlleu, LocalDate.of(2026, 4, 3), Channel.PHONE,
                ContactTopic.HOW_THE_NETWORK_WORKS, null, null)).orElseThrow();

        assertEquals(List.of(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 5, 3)),
                xarxa.care().contactsOf(manlleu).stream().map(c -> c.on()).toList());
        assertEquals("ContactLogged", xarxa.history("contact", xarxa.care().contactsOf(manlleu).get(0).id().toString())
                .get(0).eventType());
    }

    @Test
    void theJournalKeepsNoFreeTextOfMemberCare() {
        String secret = "Trucar a Joan Puig, 600 123 123";
        NeedId need = xarxa.care().raiseNeed(new RaiseNeed(manlleu, "advisory", secret, MET_ON, null)).orElseThrow();
        xarxa.care().followUp(new FollowUpNeed(need, MET_ON, NeedStatus.IN_PROGRESS, secret)).orElseThrow();
        xarxa.care().logContact(new LogContact(manlleu, MET_ON, Channel.PHONE, ContactTopic.OTHER, secret, technician))
                .orElseThrow();
        MeetingId meeting = xarxa.care().recordOnboarding(new RecordOnboardingMeeting(manlleu, MET_ON, MeetingFormat.VIRTUAL,
                List.of(technician), secret, List.of())).orElseThrow();
        String contact = xarxa.care().contactsOf(manlleu).get(0).id().toString();

        List<cat.xarxa.common.JournalEntry> entries = new java.util.ArrayList<>(xarxa.history("need", need.toString()));
        entries.addAll(xarxa.history("contact", contact));
        entries.addAll(xarxa.history("onboarding-meeting", meeting.toString()));

        assertEquals(4, entries.size());
        assertTrue(entries.stream().noneMatch(e -> e.data().values().stream().anyMatch(v -> v.contains("Joan"))), entries.toString());
        assertEquals(java.util.Set.of("member", "on", "channel", "topic"), entries.get(2).data().keySet());
    }

    @Test
    void aContactWithAnUnknownMemberIsRefused() {
        Decision<?> refused = xarxa.care().logContact(new LogContact(new MemberId(new java.util.UUID(5, 5)), MET_ON,
                Channel.EMAIL, ContactTopic.OTHER, null, null));

        assertEquals("member.not-found", refused.reasons().get(0).code());
    }

    @Test
    void partnersAreRegisteredOnceByNameWithAContactPerson() {
        PartnerId federation = xarxa.partners().register(new RegisterPartner("Federació de Cooperatives d'Habitatge de Catalunya",
                PartnerKind.FEDERATION, "https://www.cooperativesdhabitatge.coop", technician)).orElseThrow();

        Decision<PartnerId> again = xarxa.partners().register(new RegisterPartner(
                "Federació de Cooperatives d'Habitatge de Catalunya", PartnerKind.FEDERATION, null, null));
        Partner changed = xarxa.partners().changeContact(new ChangePartnerContact(federation, null)).orElseThrow();

        assertEquals("partner.already-registered", again.reasons().get(0).code());
        assertEquals(java.util.Optional.empty(), changed.contact());
        assertEquals(1, xarxa.partners().list().size());
    }

    @Test
    void aPartnersWebsiteIsAWebAddress() {
        InvalidCommandException error = assertThrows(InvalidCommandException.class,
                () -> new RegisterPartner("Xarxa d'Economia Solidària", PartnerKind.NETWORK, "xes.cat", null));

        assertEquals("website 'xes.cat': no és una adreça web: comença amb http:// o https://",
                error.violations().get(0).describe(Localisation.CATALAN));
    }

    @Test
    void aPartnersContactMustBeARegisteredPerson() {
        Decision<PartnerId> refused = xarxa.partners().register(new RegisterPartner("Coop57", PartnerKind.COOPERATIVE,
                null, new PersonId(new java.util.UUID(4, 4))));

        assertEquals("person.not-found", refused.reasons().get(0).code());
        assertEquals(List.of(), xarxa.partners().list());
    }
}
