package cat.xarxa.spi.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cat.xarxa.common.ConcurrentUpdateException;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.member.Member;
import cat.xarxa.member.PersonId;
import cat.xarxa.practice.CallId;
import cat.xarxa.practice.PracticeCall;
import cat.xarxa.practice.PracticeSubmission;
import cat.xarxa.practice.PracticeThemes;
import cat.xarxa.practice.SubmissionId;
import cat.xarxa.practice.SystematisationSheet;
import cat.xarxa.practice.Training;
import cat.xarxa.practice.TrainingId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What every storage must do with calls for good practices, their submissions and open trainings.
 * {@link StorageContract} extends it through the other areas' parts.
 */
public abstract class PracticeRecordsContract extends WorkPlanRecordsContract {

    private static final PracticeCall CALL_2020 = new PracticeCall(new CallId(UUID.randomUUID()),
            "Bones pràctiques 2020", LocalDate.of(2020, 4, 1), LocalDate.of(2020, 4, 30), PracticeThemes.CALL_2020, 0);

    private static PracticeSubmission aSubmission(Member council, String title) {
        return PracticeSubmission.submitted(new SubmissionId(UUID.randomUUID()), CALL_2020.id(), council.id(), title,
                List.of("Ajuntament", "Ateneu Cooperatiu «del Vallès»"), "Xarxa de suport\nmutu al comerç local",
                new PersonId(UUID.randomUUID()), List.of(PracticeThemes.COVID_19_RESPONSE, PracticeThemes.INTER_COOPERATION),
                LocalDate.of(2020, 4, 20));
    }

    @Test
    void aCallAndItsSubmissionsReadBackInEveryStatus() {
        Member sabadell = aPendingMember(SABADELL, "Sabadell");
        PracticeSubmission submitted = aSubmission(sabadell, "Mercat social");
        PracticeSubmission notSelected = aSubmission(sabadell, "Moneda local").reviewed(false, false, LocalDate.of(2020, 5, 10));
        PracticeSubmission published = aSubmission(sabadell, "Compra pública responsable").reviewed(true, true,
                        LocalDate.of(2020, 5, 10))
                .withSheet(new SystematisationSheet("Crisi", "Clàusules socials", "12 contractes", "", "", true,
                        LocalDate.of(2020, 6, 1)))
                .published(LocalDate.of(2020, 6, 15));
        PracticeSubmission selected = aSubmission(sabadell, "Habitatge").reviewed(true, false, LocalDate.of(2020, 5, 11))
                .withSheet(new SystematisationSheet("a", "b", "c", "Èxits i fracassos", "https://example.cat/fitxa", false,
                        LocalDate.of(2020, 6, 2)));
        List<PracticeSubmission> all = List.of(submitted, notSelected, published, selected);
        storage.transaction(tx -> {
            tx.members().save(sabadell);
            tx.practices().save(CALL_2020);
            all.forEach(tx.practices()::save);
            return null;
        });

        assertEquals(Optional.of(CALL_2020.withVersion(1)), storage.transaction(tx -> tx.practices().call(CALL_2020.id())));
        for (PracticeSubmission s : all) {
            assertEquals(Optional.of(s.withVersion(1)), storage.transaction(tx -> tx.practices().submission(s.id())));
        }
        List<PracticeSubmission> byId = new ArrayList<>(all.stream().map(s -> s.withVersion(1)).toList());
        byId.sort(Comparator.comparing(s -> s.id().toString()));
        assertEquals(byId, storage.transaction(tx -> {
            try (Stream<PracticeSubmission> stream = tx.practices().submissions()) {
                return stream.toList();
            }
        }));
        PracticeSubmission reviewed = submitted.withVersion(1).reviewed(true, false, LocalDate.of(2020, 5, 12));
        assertEquals(2L, (long) storage.transaction(tx -> tx.practices().save(reviewed)));
        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(tx -> tx.practices().save(reviewed)));
        assertEquals(Optional.of(reviewed.withVersion(2)), storage.transaction(tx -> tx.practices().submission(submitted.id())));
    }

    @Test
    void trainingsReadBackInIdOrderAndTheLoserOfARaceChangesNothing() {
        Member sabadell = aPendingMember(SABADELL, "Sabadell");
        Training first = new Training(new TrainingId(UUID.randomUUID()), sabadell.id(), "Clàusules socials",
                PracticeThemes.RESPONSIBLE_PUBLIC_PROCUREMENT, LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 7),
                MeetingFormat.HYBRID, 12, "https://sabadell.cat/formacio", 0);
        Training second = new Training(new TrainingId(UUID.randomUUID()), sabadell.id(), "Cooperativisme", "housing-cooperatives",
                LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 5), MeetingFormat.VIRTUAL, 300, "", 0);
        storage.transaction(tx -> tx.members().save(sabadell) + tx.practices().save(first) + tx.practices().save(second));

        assertEquals(Optional.of(first.withVersion(1)), storage.transaction(tx -> tx.practices().training(first.id())));
        List<Training> byId = new ArrayList<>(List.of(first.withVersion(1), second.withVersion(1)));
        byId.sort(Comparator.comparing(t -> t.id().toString()));
        assertEquals(byId, storage.transaction(tx -> {
            try (Stream<Training> all = tx.practices().trainings()) {
                return all.toList();
            }
        }));
        Training more = new Training(first.id(), first.council(), first.title(), first.topic(), first.from(), first.to(),
                first.format(), 20, first.link(), 1);
        Training fewer = new Training(first.id(), first.council(), first.title(), first.topic(), first.from(), first.to(),
                first.format(), 8, first.link(), 1);
        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(outer -> {
            assertEquals(1L, outer.practices().training(first.id()).orElseThrow().version());
            storage.transaction(inner -> inner.practices().save(more));
            return outer.practices().save(fewer);
        }));
        assertEquals(20, storage.transaction(tx -> tx.practices().training(first.id())).orElseThrow().seats());
    }
}
