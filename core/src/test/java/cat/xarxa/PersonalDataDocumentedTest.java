package cat.xarxa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.common.PersonalData;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The inventory of personal data is read from the code: every record component of the library
 * marked {@link PersonalData}. docs/privacy.md must list each as {@code `Record.component`}, and
 * list none that is not marked, so that the page cannot fall behind the code.
 */
class PersonalDataDocumentedTest {

    /** Every marked record component, as {@code Record.component}, sorted. */
    static TreeSet<String> inventory() {
        TreeSet<String> marked = new TreeSet<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cat.xarxa")) {
            Class<?> reflected = type.reflect();
            if (!reflected.isRecord()) {
                continue;
            }
            for (RecordComponent component : reflected.getRecordComponents()) {
                if (component.isAnnotationPresent(PersonalData.class)) {
                    marked.add(reflected.getSimpleName() + "." + component.getName());
                }
            }
        }
        return marked;
    }

    @Test
    void theInventoryHoldsThePersonsContactDataAndTheFreeTextsAboutPeople() {
        TreeSet<String> marked = inventory();

        assertTrue(marked.containsAll(List.of("Person.name", "Person.email", "Person.phone", "PersonData.name",
                "Contact.note", "OnboardingMeeting.notes", "AdvisoryRequest.details", "Mentorship.proposal",
                "MentorshipStep.note", "GroupMeeting.minutes")), marked::toString);
    }

    @Test
    void docsPrivacyListsEveryMarkedFieldAndNoOther() throws IOException {
        String page = Files.readString(Path.of("../docs/privacy.md"));
        TreeSet<String> marked = inventory();
        List<String> missing = new ArrayList<>();
        for (String field : marked) {
            if (!page.contains("`" + field + "`")) {
                missing.add(field);
            }
        }
        assertEquals(List.of(), missing, "docs/privacy.md does not list these personal-data fields");

        String inventory = page.substring(page.indexOf("<!-- inventory -->"), page.indexOf("<!-- /inventory -->"));
        TreeSet<String> listed = new TreeSet<>();
        Matcher row = Pattern.compile("^\\|[^|]*\\| *`([A-Za-z]+\\.[A-Za-z]+)`", Pattern.MULTILINE).matcher(inventory);
        while (row.find()) {
            listed.add(row.group(1));
        }
        assertEquals(marked, listed, "the inventory table lists exactly the marked fields");
    }
}
