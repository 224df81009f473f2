package cat.xarxa.fee;

import cat.xarxa.common.DomainEvent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An assessment was corrected. The journal keeps the amounts and the date, not the written
 * reason: it is free text.
 *
 * @param assessment the assessment after the correction
 * @param correction the correction
 */
public record AssessmentCorrected(FeeAssessment assessment, FeeCorrection correction) implements DomainEvent {
    @Override
    public String aggregateType() {
        return FeeAssessment.AGGREGATE_TYPE;
    }

    @Override
    public String aggregateId() {
        return assessment.id().toString();
    }

    @Override
    public Map<String, String> data() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("member", assessment.member().toString());
        data.put("on", correction.on().toString());
        data.put("amount", correction.amount().toString());
        data.put("total", assessment.total().toString());
        return data;
    }
}
