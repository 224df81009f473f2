package cat.xarxa.common;

import java.util.List;
import java.util.Locale;

/**
 * Thrown by {@link Decision#orElseThrow()} when the decision was a refusal, for callers that
 * prefer an exception to testing the decision.
 */
public class RejectedException extends XarxaException {

    private final transient List<Reason> reasons;

    public RejectedException(List<Reason> reasons) {
        super(reasons.get(0));
        this.reasons = List.copyOf(reasons);
    }

    /** Every reason for the refusal, at least one. */
    public List<Reason> reasons() {
        return reasons;
    }

    /** The messages of every reason in the given language. */
    public List<String> messages(Locale locale) {
        return reasons.stream().map(r -> r.message(locale)).toList();
    }
}
