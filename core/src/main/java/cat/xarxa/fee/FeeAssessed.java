package cat.xarxa.fee;

import cat.xarxa.common.DomainEvent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A member's fee for a year was assessed.
 *
 * @param assessment the assessment
 */
public record FeeAssessed(FeeAssessment assessment) implements DomainEvent {
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
        data.put("year", Integer.toString(assessment.year()));
        data.put("annualFee", assessment.prorated().annualFee().toString());
        data.put("amount", assessment.assessed().toString());
        data.put("owedUnits", assessment.prorated().owedUnits() + "/" + assessment.prorated().unitsInYear());
        data.put("inhabitants", assessment.population() == null ? "" : Long.toString(assessment.population().inhabitants()));
        data.put("dueOn", assessment.dueOn().toString());
        return data;
    }
}
