package cat.xarxa.common;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The languages the library speaks and how it finds its messages.
 *
 * <p>Messages exist in Catalan, Spanish and English. A locale outside these falls back to
 * English, never to the JVM's default locale, so that the same call gives the same text on
 * every server.
 */
public final class Localisation {

    /** Catalan. */
    public static final Locale CATALAN = Locale.forLanguageTag("ca");
    /** Spanish. */
    public static final Locale SPANISH = Locale.forLanguageTag("es");
    /** English, also the fallback. */
    public static final Locale ENGLISH = Locale.ENGLISH;

    /** The languages with a full set of messages. */
    public static final List<Locale> SUPPORTED = List.of(CATALAN, SPANISH, ENGLISH);

    private static final ResourceBundle.Control NO_DEFAULT_LOCALE_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Localisation() {
    }

    /**
     * The text of a message key in a bundle, formatted with {@link MessageFormat}; the key itself
     * if the bundle lacks it, so a missing translation shows up rather than failing.
     */
    public static String format(String bundleName, String key, Locale locale, Object... arguments) {
        String pattern;
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(bundleName, supported(locale),
                    Localisation.class.getClassLoader(), NO_DEFAULT_LOCALE_FALLBACK);
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return arguments.length == 0 ? key : key + " " + List.of(arguments);
        }
        return new MessageFormat(pattern, supported(locale)).format(arguments);
    }

    /** The text of a key in a bundle for a language, without formatting; empty if the bundle lacks it. */
    public static java.util.Optional<String> text(String bundleName, String key, Locale locale) {
        try {
            return java.util.Optional.of(ResourceBundle.getBundle(bundleName, supported(locale),
                    Localisation.class.getClassLoader(), NO_DEFAULT_LOCALE_FALLBACK).getString(key));
        } catch (MissingResourceException e) {
            return java.util.Optional.empty();
        }
    }

    /** The supported locale that matches the language of the one given; English otherwise. */
    public static Locale supported(Locale locale) {
        if (locale != null) {
            for (Locale candidate : SUPPORTED) {
                if (candidate.getLanguage().equals(locale.getLanguage())) {
                    return candidate;
                }
            }
        }
        return ENGLISH;
    }
}
