package cat.xarxa.csv;

import cat.xarxa.common.Localisation;
import java.util.Locale;
import java.util.Objects;

/**
 * How the CSV exports are written: the language of the headers and of the metadata, whether the
 * files start with a byte order mark, and the licence and publisher the metadata names.
 *
 * @param language      Catalan, Spanish or English (anything else is English)
 * @param byteOrderMark whether a CSV file starts with the UTF-8 byte order mark
 * @param licence       the licence's name, e.g. {@code CC BY 4.0}
 * @param licenceUrl    the licence's address; may be empty
 * @param publisher     who publishes the data
 */
record CsvOptions(Locale language, boolean byteOrderMark, String licence, String licenceUrl, String publisher) {

    /** English headers, no byte order mark, CC BY 4.0, published by Xarxa. */
    static final CsvOptions DEFAULT = new CsvOptions(Localisation.ENGLISH, false, "CC BY 4.0",
            "https://creativecommons.org/licenses/by/4.0/", "Xarxa");

    CsvOptions {
        language = Localisation.supported(language);
        Objects.requireNonNull(licence, "licence");
        licenceUrl = licenceUrl == null ? "" : licenceUrl;
        Objects.requireNonNull(publisher, "publisher");
    }

    CsvOptions withLanguage(Locale newLanguage, boolean newByteOrderMark) {
        return new CsvOptions(newLanguage, newByteOrderMark, licence, licenceUrl, publisher);
    }

    CsvOptions withLicence(String name, String url) {
        return new CsvOptions(language, byteOrderMark, name, url, publisher);
    }

    CsvOptions withPublisher(String name) {
        return new CsvOptions(language, byteOrderMark, licence, licenceUrl, name);
    }
}
