package cat.xarxa.csv;

import cat.xarxa.common.Localisation;
import java.text.Normalizer;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of the CSV exports in Catalan, Spanish and English, from {@code OpenData.properties}:
 * the titles and descriptions of the data sets and the titles of the columns. A column's header
 * is its key in English ({@code official_code}) and its title made into a key in the other
 * languages ({@code Codi oficial} gives {@code codi_oficial}), so that a header is always plain
 * lower-case letters, digits and underscores, as open-data portals prefer.
 */
final class Labels {

    private static final String BUNDLE = "cat.xarxa.csv.OpenData";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale language;
    private final ResourceBundle bundle;

    Labels(Locale language) {
        this.language = Localisation.supported(language);
        this.bundle = ResourceBundle.getBundle(BUNDLE, this.language, Labels.class.getClassLoader(), NO_FALLBACK);
    }

    Locale language() {
        return language;
    }

    /** The header of a column of a data set. */
    String header(CsvDataSet<?> dataSet, CsvColumn<?> column) {
        return language.equals(Localisation.ENGLISH) ? column.key() : keyOf(columnTitle(dataSet, column));
    }

    /** The title of a column, for people: the data set's own if it has one, the shared one otherwise. */
    String columnTitle(CsvDataSet<?> dataSet, CsvColumn<?> column) {
        return text("column." + dataSet.id() + "." + column.key(), "column." + column.key());
    }

    String title(CsvDataSet<?> dataSet) {
        return text("dataset." + dataSet.id() + ".title", "dataset." + dataSet.id() + ".title");
    }

    String description(CsvDataSet<?> dataSet) {
        return text("dataset." + dataSet.id() + ".description", "dataset." + dataSet.id() + ".description");
    }

    private String text(String key, String fallback) {
        try {
            return bundle.containsKey(key) ? bundle.getString(key) : bundle.getString(fallback);
        } catch (MissingResourceException e) {
            // A missing word shows up as its key rather than failing the export.
            return fallback;
        }
    }

    /** A title as a header: no accents, lower case, every run of other characters one underscore. */
    static String keyOf(String title) {
        String plain = Normalizer.normalize(title.replace("·", ""), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    }
}
