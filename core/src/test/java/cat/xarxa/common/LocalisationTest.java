package cat.xarxa.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.member.ApplyForMembership;
import cat.xarxa.member.MemberData;
import cat.xarxa.member.MemberKind;
import cat.xarxa.member.MemberStatus;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalisationTest {

    private static final Locale CA = Localisation.CATALAN;
    private static final Locale ES = Localisation.SPANISH;
    private static final Locale EN = Localisation.ENGLISH;

    @Test
    void aWrongCheckDigitIsExplainedInEachLanguage() {
        InvalidCommandException error = assertThrows(InvalidCommandException.class,
                () -> new ApplyForMembership("081879", null, LocalDate.of(2026, 3, 2)));

        assertEquals("ineCode", error.violations().get(0).field());
        assertEquals("ApplyForMembership no és vàlid: ineCode '081879': no és un codi INE de municipi: "
                + "calen sis xifres amb el dígit de control correcte (p. ex. 081878)", error.message(CA));
        assertEquals("ApplyForMembership no es válido: ineCode '081879': no es un código INE de municipio: "
                + "se necesitan seis cifras con el dígito de control correcto (p. ej. 081878)", error.message(ES));
        assertEquals("Invalid ApplyForMembership: ineCode '081879': is not an INE municipality code: "
                + "it needs six digits with a correct check digit (e.g. 081878)", error.message(EN));
        assertEquals(error.message(EN), error.getMessage());
    }

    @Test
    void aWellFormedCodeOfNoMunicipalityIsRefused() {
        String noSuchPlace = IneCode.ofFiveDigits("08999").toString();

        InvalidCommandException error = assertThrows(InvalidCommandException.class,
                () -> new ApplyForMembership(noSuchPlace, null, LocalDate.of(2026, 3, 2)));

        assertTrue(error.message(CA).endsWith("no és a la llista oficial de municipis (INE)"), error.message(CA));
    }

    @Test
    void everyBrokenConstraintIsListed() {
        InvalidCommandException error = assertThrows(InvalidCommandException.class,
                () -> new ApplyForMembership(null, "x".repeat(201), null));

        assertEquals(3, error.violations().size());
        assertEquals("ineCode null: no pot estar buit", error.violations().get(0).describe(CA));
        assertEquals("name", error.violations().get(1).field());
        assertEquals("ha de tenir entre 0 i 200 caràcters o elements", error.violations().get(1).message(CA));
        assertEquals("requestedOn null: must not be empty", error.violations().get(2).describe(EN));
    }

    @Test
    void reasonsSpeakEachLanguageAndFallBackToEnglish() {
        Reason reason = Reason.of("member.already-registered", "081878", "Sabadell", "MEMBER");

        assertEquals("El codi oficial 081878 ja està registrat (Sabadell, MEMBER).", reason.message(CA));
        assertEquals("El código oficial 081878 ya está registrado (Sabadell, MEMBER).", reason.message(ES));
        assertEquals("The official code 081878 is already registered (Sabadell, MEMBER).", reason.message(EN));
        assertEquals(reason.message(EN), reason.message(Locale.JAPANESE));
        assertEquals(reason.message(CA), reason.message(Locale.forLanguageTag("ca-ES")));
    }

    @Test
    void statusesAndKindsAreWordsOfTheReadersLanguage() {
        Reason reason = Reason.of("member.illegal-transition", "Manlleu", MemberStatus.WITHDRAWN, MemberStatus.MEMBER);

        assertEquals("Manlleu no pot passar de baixa a membre.", reason.message(CA));
        assertEquals("Manlleu no puede pasar de baja a miembro.", reason.message(ES));
        assertEquals("Manlleu cannot go from withdrawn to member.", reason.message(EN));
        List<Enum<?>> constants = new java.util.ArrayList<>(List.of(MemberStatus.values()));
        constants.addAll(List.of(MemberKind.values()));
        for (Enum<?> constant : constants) {
            String key = "value." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
            assertNotEquals(key, Reason.value(constant).message(CA), "no Catalan word for " + constant);
        }
    }

    @Test
    void aConflictNamesTheAggregateInTheReadersLanguage() {
        ConcurrentUpdateException conflict = new ConcurrentUpdateException("member", "m-1", 3);

        assertEquals("Un altre canvi (membre m-1) s'ha desat abans: la versió 3 ja no és l'actual. "
                + "Torneu-lo a llegir i repetiu-ho.", conflict.message(CA));
    }

    @Test
    void aWrongValueInsideAListIsNamedByItsPath() {
        MemberData data = new MemberData("00000000-0000-0000-0000-000000000001", MemberKind.MUNICIPALITY, "081878",
                "Sabadell", java.util.Arrays.asList(new MemberData.Step(MemberStatus.PENDING, LocalDate.of(2026, 3, 2), ""),
                new MemberData.Step(MemberStatus.MEMBER, null, "AG"), null));

        List<String> fields = CommandValidator.violationsOf(data).stream().map(Violation::field).toList();

        assertEquals(List.of("history[1].since", "history[2]"), fields);
    }

    @Test
    void aHostsOwnValidationMessagesDoNotChangeOurs() {
        // The test class path holds a host's ValidationMessages.properties that redefines these keys.
        InvalidCommandException error = assertThrows(InvalidCommandException.class,
                () -> new ApplyForMembership(null, null, LocalDate.of(2026, 3, 2)));

        assertEquals("ineCode null: must not be empty", error.violations().get(0).describe(EN));
    }

    @Test
    void anApostropheInCatalanSurvivesFormatting() {
        assertEquals("No hi ha cap membre amb l'identificador x.", Reason.of("member.not-found", "x").message(CA));
    }

    @ParameterizedTest
    @ValueSource(strings = {"cat/xarxa/common/Reasons", "cat/xarxa/common/ValidationMessages"})
    void everyLanguageHasEveryMessage(String bundle) throws Exception {
        Set<String> english = keys(bundle + ".properties");
        for (String language : new String[] {"ca", "es", "en"}) {
            assertEquals(english, keys(bundle + "_" + language + ".properties"), bundle + " in " + language);
        }
        Properties base = load(bundle + ".properties");
        for (String language : new String[] {"ca", "es"}) {
            Properties translated = load(bundle + "_" + language + ".properties");
            List<String> untranslated = english.stream().sorted()
                    .filter(k -> translated.getProperty(k).equals(base.getProperty(k))).toList();
            assertEquals(List.of(), untranslated, bundle + " in " + language + " has English text");
        }
    }

    private static Set<String> keys(String resource) throws Exception {
        return load(resource).stringPropertyNames();
    }

    private static Properties load(String resource) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = LocalisationTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
