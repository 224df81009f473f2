package cat.xarxa;

import cat.xarxa.common.ConfigurationException;
import cat.xarxa.common.Reason;
import cat.xarxa.common.WebLinks;
import cat.xarxa.governance.EventId;
import java.net.URI;
import java.util.Optional;

/** Builds the address where the host application shows an event, from a template with {@code {id}}. */
final class EventLinks {

    private static final String PLACEHOLDER = "{id}";
    private static final EventLinks NONE = new EventLinks(null);

    private final String template;

    private EventLinks(String template) {
        this.template = template;
    }

    /**
     * The links of a template, or none when it is null or blank.
     *
     * @throws ConfigurationException if the template has no {@code {id}} or is not a web address
     */
    static EventLinks of(String template) {
        if (template == null || template.isBlank()) {
            return NONE;
        }
        String trimmed = template.trim();
        if (!trimmed.contains(PLACEHOLDER)
                || !WebLinks.isWebLink(trimmed.replace(PLACEHOLDER, "00000000-0000-0000-0000-000000000000"))) {
            throw new ConfigurationException(Reason.of("config.event-link-template", trimmed));
        }
        return new EventLinks(trimmed);
    }

    /** Where the event is shown, if there is a template. */
    Optional<URI> linkTo(EventId event) {
        return template == null ? Optional.empty() : Optional.of(URI.create(template.replace(PLACEHOLDER, event.toString())));
    }
}
