package cat.xarxa.json;

import static cat.xarxa.json.FieldWriting.writeDate;
import static cat.xarxa.json.FieldWriting.writeTexts;

import cat.xarxa.practice.PracticeSubmission;
import cat.xarxa.practice.SystematisationSheet;
import tools.jackson.core.JsonGenerator;

/**
 * The JSON shape of a good practice a member council submitted to a call, the same in both
 * formats:
 * <pre>{@code
 * {"id":"…","call":"…","council":"…","title":"Menjadors escolars de proximitat","promoters":["Ajuntament de Sabadell","Coop. La Fageda"],
 *  "summary":"…","contact":"…","themes":["ecological-transition"],"submittedOn":"2026-04-10","status":"PUBLISHED",
 *  "earlyDissemination":true,"reviewedOn":"2026-05-20",
 *  "sheet":{"context":"…","description":"…","results":"…","lessons":"","link":"https://xarxa.cat/practiques/12","supported":true,"completedOn":"2026-06-15"},
 *  "publishedOn":"2026-07-01"}
 * }</pre>
 * {@code contact} is the reference person's id: personal data by reference, their name and
 * address are in their own record. {@code reviewedOn} is {@code null} until it is reviewed,
 * {@code sheet} until its systematisation sheet is completed, {@code publishedOn} until it is
 * published; a sheet's {@code lessons} and {@code link} are {@code ""} when there are none. The
 * store's version is not written.
 */
final class PracticeSubmissionShape {

    static final String ID = "id";
    static final String CALL = "call";
    static final String COUNCIL = "council";
    static final String TITLE = "title";
    static final String PROMOTERS = "promoters";
    static final String SUMMARY = "summary";
    static final String CONTACT = "contact";
    static final String THEMES = "themes";
    static final String SUBMITTED_ON = "submittedOn";
    static final String STATUS = "status";
    static final String EARLY_DISSEMINATION = "earlyDissemination";
    static final String REVIEWED_ON = "reviewedOn";
    static final String SHEET = "sheet";
    static final String CONTEXT = "context";
    static final String DESCRIPTION = "description";
    static final String RESULTS = "results";
    static final String LESSONS = "lessons";
    static final String LINK = "link";
    static final String SUPPORTED = "supported";
    static final String COMPLETED_ON = "completedOn";
    static final String PUBLISHED_ON = "publishedOn";

    private PracticeSubmissionShape() {
    }

    /** Writes the submission's fields into the object the generator has open. */
    static void writeFields(JsonGenerator json, PracticeSubmission submission) {
        json.writeStringProperty(ID, submission.id().toString());
        json.writeStringProperty(CALL, submission.call().toString());
        json.writeStringProperty(COUNCIL, submission.council().toString());
        json.writeStringProperty(TITLE, submission.title());
        writeTexts(json, PROMOTERS, submission.promoters());
        json.writeStringProperty(SUMMARY, submission.summary());
        json.writeStringProperty(CONTACT, submission.contact().toString());
        writeTexts(json, THEMES, submission.themes());
        json.writeStringProperty(SUBMITTED_ON, submission.submittedOn().toString());
        json.writeStringProperty(STATUS, submission.status().name());
        json.writeBooleanProperty(EARLY_DISSEMINATION, submission.earlyDissemination());
        writeDate(json, REVIEWED_ON, submission.reviewedOn());
        json.writeName(SHEET);
        writeSheet(json, submission.sheet());
        writeDate(json, PUBLISHED_ON, submission.publishedOn());
    }

    private static void writeSheet(JsonGenerator json, SystematisationSheet sheet) {
        if (sheet == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        json.writeStringProperty(CONTEXT, sheet.context());
        json.writeStringProperty(DESCRIPTION, sheet.description());
        json.writeStringProperty(RESULTS, sheet.results());
        json.writeStringProperty(LESSONS, sheet.lessons());
        json.writeStringProperty(LINK, sheet.link());
        json.writeBooleanProperty(SUPPORTED, sheet.supported());
        json.writeStringProperty(COMPLETED_ON, sheet.completedOn().toString());
        json.writeEndObject();
    }
}
