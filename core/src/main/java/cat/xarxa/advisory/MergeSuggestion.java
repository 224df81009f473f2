package cat.xarxa.advisory;

import java.util.List;

/**
 * Open advisories that could be merged into one joint advisory: the same topic and period,
 * requested within the window, not yet scheduled, from different councils.
 *
 * @param topic      the topic
 * @param advisories the advisories, the earliest requested first
 */
public record MergeSuggestion(String topic, List<AdvisoryId> advisories) {
    public MergeSuggestion {
        advisories = List.copyOf(advisories);
    }
}
