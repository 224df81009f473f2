package cat.xarxa.json;

import static cat.xarxa.json.Networks.export;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.ImportConflict;
import cat.xarxa.ImportMode;
import cat.xarxa.ImportReport;
import cat.xarxa.Xarxa;
import cat.xarxa.common.Localisation;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.common.Reason;
import cat.xarxa.governance.EventKind;
import cat.xarxa.governance.NetworkEvent;
import cat.xarxa.governance.ScheduleEvent;
import cat.xarxa.member.MemberId;
import cat.xarxa.practice.OfferTraining;
import cat.xarxa.spi.ImportException;
import cat.xarxa.spi.RecordLocation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A year of governance and shared knowledge ({@link GovernanceYear}) exported and imported into
 * an empty store, refused by a store that holds anything, merged twice without changing anything,
 * merged with a member and an event that say otherwise, and refused for a dangling reference.
 */
class ImportModesTest {

    /** Made once: the facade's records never change after it. */
    private static final Xarxa YEAR = GovernanceYear.lived();

    private static ImportReport importInto(Xarxa xarxa, String format, String text, ImportMode mode) {
        return xarxa.importFrom(format, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), mode);
    }

    /**
     * The year and a little more, with the same ids: a person registered, an event scheduled and
     * a training offered after it.
     */
    private static Xarxa aLongerYear() {
        Xarxa xarxa = GovernanceYear.lived();
        Networks.register(xarxa, "Marta Riera", "mriera@manlleu.cat", null);
        xarxa.governance().schedule(new ScheduleEvent(EventKind.TECHNICAL_COMMISSION, "Comissió Tècnica de tardor",
                LocalDate.of(2027, 2, 10), null, null, MeetingFormat.VIRTUAL, null, "https://meet.xarxa.cat/ct"))
                .orElseThrow();
        MemberId sabadell = xarxa.members().list().stream().filter(m -> m.name().equals("Sabadell")).findFirst()
                .orElseThrow().id();
        xarxa.goodPractices().offer(new OfferTraining(sabadell, "Clàusules socials", "responsible-public-procurement",
                LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 2), MeetingFormat.VIRTUAL, 10, null)).orElseThrow();
        return xarxa;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void into_an_empty_store_the_year_is_imported_whole(String format) {
        String snapshot = export(YEAR, format);
        try (InspectableMemoryStore store = InspectableMemoryStore.open()) {
            ImportReport report = importInto(store.xarxa(), format, snapshot, ImportMode.EMPTY_STORE);

            assertAll(
                    () -> assertEquals(snapshot, export(store.xarxa(), format)),
                    () -> assertEquals(4, report.members()),
                    () -> assertEquals(6, report.decisions()),
                    () -> assertEquals(0, report.unchanged()),
                    () -> assertEquals(List.of(), report.conflicts()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void into_a_store_that_holds_anything_nothing_is_written(String format) {
        String snapshot = export(YEAR, format);
        try (InspectableMemoryStore store = InspectableMemoryStore.open()) {
            Networks.register(store.xarxa(), "Marta Riera", null, null);
            String before = export(store.xarxa(), format);
            long journal = store.journalSize();

            ImportException refusal = assertThrows(ImportException.class,
                    () -> importInto(store.xarxa(), format, snapshot, ImportMode.EMPTY_STORE));

            String catalan = refusal.message(Localisation.CATALAN);
            String spanish = refusal.message(Localisation.SPANISH);
            String english = refusal.message(Localisation.ENGLISH);
            assertAll(
                    () -> assertEquals("import.store-not-empty", refusal.problemReason().map(Reason::code).orElse("none")),
                    () -> assertEquals(0, refusal.location().index()),
                    () -> assertEquals("Import refused, nothing was imported: the store already holds records; "
                            + "import into an empty store, or merge with what it holds", english),
                    () -> assertTrue(catalan.startsWith("Importació rebutjada, no s'ha importat res: l'emmagatzematge "
                            + "ja conté registres"), catalan),
                    () -> assertTrue(spanish.startsWith("Importación rechazada, no se ha importado nada: el "
                            + "almacenamiento ya contiene registros"), spanish),
                    () -> assertNotEquals(catalan, spanish),
                    () -> assertEquals(before, export(store.xarxa(), format)),
                    () -> assertEquals(journal, store.journalSize()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void merging_the_same_snapshot_twice_changes_nothing_the_second_time(String format) {
        String snapshot = export(YEAR, format);
        try (InspectableMemoryStore store = InspectableMemoryStore.open()) {
            ImportReport first = importInto(store.xarxa(), format, snapshot, ImportMode.MERGE);
            String before = export(store.xarxa(), format);
            long journal = store.journalSize();

            ImportReport second = importInto(store.xarxa(), format, snapshot, ImportMode.MERGE);

            assertAll(
                    () -> assertEquals(snapshot, before),
                    () -> assertEquals(37, first.imported(), "records"),
                    () -> assertEquals(0, second.imported()),
                    () -> assertEquals(first.imported(), second.unchanged()),
                    () -> assertEquals(List.of(), second.conflicts()),
                    () -> assertEquals(new ImportReport(format, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                            0, 0, 0, 0, 0, first.imported(), List.of()), second),
                    () -> assertEquals(before, export(store.xarxa(), format)),
                    () -> assertEquals(journal, store.journalSize(), "journal"));
        }
    }

    /** The records the facade made and their round trip through a file are the same records. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void merging_the_snapshot_into_the_network_it_came_from_changes_nothing(String format) {
        try (Xarxa year = GovernanceYear.lived()) {
            String snapshot = export(year, format);

            ImportReport report = importInto(year, format, snapshot, ImportMode.MERGE);

            assertAll(
                    () -> assertEquals(0, report.imported()),
                    () -> assertEquals(List.of(), report.conflicts()),
                    () -> assertEquals(snapshot, export(year, format)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_member_and_an_event_held_with_other_data_are_conflicts_and_the_rest_is_imported(String format) {
        String snapshot = export(YEAR, format);
        String longer;
        try (Xarxa later = aLongerYear()) {
            longer = export(later, format);
        }
        ExportedFile file = ExportedFile.of(format, longer);
        int manlleu = file.recordOf("member", m -> m.get("name").stringValue().equals("Manlleu"));
        String manlleuId = file.record(manlleu).get("id").stringValue();
        ExportedFile renamed = ExportedFile.of(format, file.with(manlleu, m -> m.put("name", "Manlleu (Osona)")));
        int commission = renamed.recordOf("event", e -> e.get("title").stringValue().equals("Comissió Tècnica"));
        String commissionId = renamed.record(commission).get("id").stringValue();
        String changed = renamed.with(commission, e -> e.put("title", "Comissió Tècnica de maig"));
        try (InspectableMemoryStore store = InspectableMemoryStore.open()) {
            ImportReport first = importInto(store.xarxa(), format, snapshot, ImportMode.MERGE);
            long journal = store.journalSize();

            ImportReport report = importInto(store.xarxa(), format, changed, ImportMode.MERGE);

            assertAll(
                    () -> assertEquals(List.of(
                            new ImportConflict("member", manlleuId, new RecordLocation(manlleu, manlleu + 1)),
                            new ImportConflict("event", commissionId, new RecordLocation(commission, commission + 1))),
                            report.conflicts()),
                    () -> assertEquals(1, report.people()),
                    () -> assertEquals(1, report.events()),
                    () -> assertEquals(1, report.trainings()),
                    () -> assertEquals(3, report.imported()),
                    () -> assertEquals(first.imported() - 2, report.unchanged()),
                    () -> assertEquals("Manlleu", store.xarxa().members().find(MemberId.parse(manlleuId)).orElseThrow()
                            .name()),
                    () -> assertEquals("Comissió Tècnica", store.read(tx -> tx.governance()
                            .event(cat.xarxa.governance.EventId.parse(commissionId))).map(NetworkEvent::title)
                            .orElseThrow()),
                    () -> assertEquals(5, store.xarxa().governance().calendar(2026).size()
                            + store.xarxa().governance().calendar(2027).size()),
                    () -> assertTrue(store.xarxa().people().list().stream()
                            .anyMatch(p -> p.name().equals("Marta Riera"))),
                    () -> assertTrue(store.journalSize() > journal, "the new records are journaled"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_dangling_reference_still_refuses_the_whole_merge(String format) {
        String snapshot = export(YEAR, format);
        String longer;
        try (Xarxa later = aLongerYear()) {
            longer = export(later, format);
        }
        ExportedFile file = ExportedFile.of(format, longer);
        int training = file.recordOf("training", t -> t.get("title").stringValue().equals("Clàusules socials"));
        String nowhere = new UUID(7, 7).toString();
        String dangling = file.with(training, t -> t.put("council", nowhere));
        try (InspectableMemoryStore store = InspectableMemoryStore.open()) {
            importInto(store.xarxa(), format, snapshot, ImportMode.MERGE);
            String before = export(store.xarxa(), format);
            long journal = store.journalSize();

            ImportException refusal = assertThrows(ImportException.class,
                    () -> importInto(store.xarxa(), format, dangling, ImportMode.MERGE));

            ImportRefusals.assertRefused(refusal, training, "council", "member.not-found");
            assertAll(
                    () -> assertEquals(before, export(store.xarxa(), format), "nothing written"),
                    () -> assertEquals(journal, store.journalSize(), "journal"),
                    () -> assertTrue(store.xarxa().people().list().stream()
                            .noneMatch(p -> p.name().equals("Marta Riera"))));
        }
    }
}
