package cat.xarxa.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.Xarxa;
import cat.xarxa.common.IneCode;
import cat.xarxa.common.InvalidCommandException;
import cat.xarxa.common.JournalEntry;
import cat.xarxa.member.AdmitMember;
import cat.xarxa.member.ApplyForMembership;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberStatus;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library as an application uses it, on an H2 file database: commands in, data that outlives the process. */
class EmbeddedXarxaTest {

    private static final Instant APPLIED_AT = Instant.parse("2026-03-02T09:30:15.123456Z");
    private static final Instant ADMITTED_AT = Instant.parse("2026-04-20T18:05:00.654321Z");
    private static final String SECRETARY = "secretaria@xarxa.cat";

    @TempDir
    Path folder;

    private String url() {
        return "jdbc:h2:file:" + folder.resolve("xarxa");
    }

    private Xarxa open(Instant now) {
        return Xarxa.builder()
                .setting(JdbcStorageProvider.URL, url())
                .clock(Clock.fixed(now, ZoneOffset.UTC))
                .actor(() -> SECRETARY)
                .build();
    }

    @Test
    void sabadellAppliesIsAdmittedAndIsStillThereAfterReopening() {
        MemberId sabadell;
        try (Xarxa xarxa = open(APPLIED_AT)) {
            sabadell = xarxa.members().apply(new ApplyForMembership(IneCode.parse("081878"), LocalDate.of(2026, 3, 2)))
                    .orElseThrow();
            assertEquals("jdbc", xarxa.storageName());
        }
        try (Xarxa xarxa = open(ADMITTED_AT)) {
            xarxa.members().admit(new AdmitMember(sabadell, LocalDate.of(2026, 4, 20), "AG 2026-04")).orElseThrow();
        }

        try (Xarxa reopened = open(ADMITTED_AT)) {
            Member member = reopened.members().find(sabadell).orElseThrow();
            assertEquals("Sabadell", member.name());
            assertEquals("081878", member.officialCode());
            assertEquals(MemberStatus.MEMBER, member.status());
            assertEquals(2, member.version());
            assertEquals(List.of(member), reopened.members().list());

            List<JournalEntry> history = reopened.history(sabadell);
            assertEquals(List.of("MembershipRequested", "MemberAdmitted"), history.stream().map(JournalEntry::eventType).toList());
            assertEquals(List.of(APPLIED_AT, ADMITTED_AT), history.stream().map(JournalEntry::recordedAt).toList());
            assertEquals(List.of(SECRETARY, SECRETARY), history.stream().map(JournalEntry::actor).toList());
            assertEquals(List.of(1L, 2L), history.stream().map(JournalEntry::aggregateVersion).toList());
            assertTrue(history.get(0).sequence() < history.get(1).sequence());
            assertEquals("AG 2026-04", history.get(1).data().get("assemblyReference"));
        }
    }

    @Test
    void anInvalidIneCodeIsRefusedInCatalanAndNothingIsStored() throws SQLException {
        try (Xarxa xarxa = open(APPLIED_AT)) {
            InvalidCommandException refused = assertThrows(InvalidCommandException.class, () ->
                    xarxa.members().apply(new ApplyForMembership("081879", null, LocalDate.of(2026, 3, 2))));

            String catalan = refused.message(Locale.forLanguageTag("ca"));
            assertTrue(catalan.contains("no és vàlid") && catalan.contains("'081879'") && catalan.contains("dígit de control"),
                    catalan);
            assertEquals(0, xarxa.members().count());
        }
        assertEquals(0, rowsIn("xarxa_member"));
        assertEquals(0, rowsIn("xarxa_journal"));
    }

    private long rowsIn(String table) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url());
             PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM " + table);
             ResultSet result = count.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }
}
