package cat.xarxa.practice;

import cat.xarxa.common.DomainEvent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A submission changed: {@code PracticeSubmitted}, {@code PracticeReviewed}, {@code SheetCompleted},
 * {@code PracticePublished}. No personal data: the contact person stays out.
 *
 * @param submission the submission after the change
 * @param change     the event's name
 */
public record PracticeChanged(PracticeSubmission submission, String change) implements DomainEvent {
    @Override
    public String aggregateType() {
        return PracticeSubmission.AGGREGATE_TYPE;
    }

    @Override
    public String aggregateId() {
        return submission.id().toString();
    }

    @Override
    public String type() {
        return change;
    }

    @Override
    public Map<String, String> data() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("call", submission.call().toString());
        data.put("council", submission.council().toString());
        data.put("status", submission.status().name());
        data.put("earlyDissemination", Boolean.toString(submission.earlyDissemination()));
        return data;
    }
}
