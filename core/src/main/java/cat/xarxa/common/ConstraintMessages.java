package cat.xarxa.common;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns constraint message templates into text, from Xarxa's own bundle
 * {@code cat/xarxa/common/ValidationMessages_{ca,es,en}.properties} and, for a standard constraint
 * not listed there, Hibernate Validator's.
 *
 * <p>Xarxa does not use the global {@code ValidationMessages} bundle: a host application has
 * its own, and Java takes only one file per language from the class path, so sharing the name
 * would break the host's messages or Xarxa's. Templates are {@code {key}} names; in the text,
 * {@code {attribute}} takes the constraint's attribute (e.g. {@code {max}}). No Expression
 * Language is evaluated.
 */
final class ConstraintMessages implements MessageInterpolator {

    private static final String OWN_BUNDLE = "cat.xarxa.common.ValidationMessages";
    private static final String PROVIDER_BUNDLE = "org.hibernate.validator.ValidationMessages";
    private static final Pattern KEY = Pattern.compile("\\{([^{}\\s]+)}");

    @Override
    public String interpolate(String template, Context context) {
        return interpolate(template, context, Localisation.ENGLISH);
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
        Locale language = Localisation.supported(locale);
        Map<String, Object> attributes = context.getConstraintDescriptor().getAttributes();
        Matcher keys = KEY.matcher(template);
        StringBuilder text = new StringBuilder();
        while (keys.find()) {
            String name = keys.group(1);
            String replacement = lookUp(name, language)
                    .or(() -> Optional.ofNullable(attributes.get(name)).map(String::valueOf))
                    .orElse(keys.group());
            keys.appendReplacement(text, Matcher.quoteReplacement(replacement));
        }
        keys.appendTail(text);
        String resolved = text.toString();
        // A message from a bundle may itself name attributes, e.g. "between {min} and {max}".
        return resolved.equals(template) || !KEY.matcher(resolved).find() ? resolved : interpolate(resolved, context, language);
    }

    private static Optional<String> lookUp(String key, Locale language) {
        return Localisation.text(OWN_BUNDLE, key, language).or(() -> providerText(key, language));
    }

    private static Optional<String> providerText(String key, Locale language) {
        try {
            return Optional.of(ResourceBundle.getBundle(PROVIDER_BUNDLE, language,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }
}
