package cat.xarxa.member;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The presidency referred the application to a General Assembly.
 *
 * @param memberId          the applicant
 * @param referredOn        the date of the referral
 * @param assemblyReference the assembly that will decide, e.g. {@code AG 2026-04}
 */
public record MembershipReferred(MemberId memberId, LocalDate referredOn, String assemblyReference) implements MemberEvent {
    @Override
    public Map<String, String> data() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("referredOn", referredOn.toString());
        data.put("assemblyReference", assemblyReference);
        return data;
    }
}
