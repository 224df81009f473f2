package cat.xarxa.csv;

import java.util.regex.Pattern;

/**
 * What a column holds, for the metadata's {@code datatype} and for the guard against formula
 * injection ({@link Cells#safe}). Text may come from anyone who typed it into the network (a
 * council's name, an event's title, a link) and is always checked; the library writes numbers
 * itself, and a number in a numeric column is left alone even when it starts with a minus sign.
 */
enum CellType {
    /** Free or coded text: names, titles, codes, statuses. */
    TEXT("string", null, false),
    /** A whole number, e.g. a count or a year. */
    INTEGER("integer", null, true),
    /** An exact amount with two decimals ({@code 612.50}, {@code -50.00}). */
    DECIMAL("decimal", null, true),
    /** An ISO date ({@code 2026-09-30}). */
    DATE("date", null, false),
    /** A local time ({@code 18:30}). */
    TIME("time", null, false),
    /** A quantity of hours written {@code h:mm} ({@code 4:00}, {@code 1:30}). */
    HOURS("string", "h:mm", false),
    /** A web address. */
    URI("anyURI", null, false);

    /** A plain number as the library writes it: an optional minus, digits, optional decimals. */
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private final String datatype;
    private final String format;
    private final boolean numeric;

    CellType(String datatype, String format, boolean numeric) {
        this.datatype = datatype;
        this.format = format;
        this.numeric = numeric;
    }

    /** The metadata's datatype, from the XML Schema names CSVW uses. */
    String datatype() {
        return datatype;
    }

    /** The metadata's format of the values, or null. */
    String format() {
        return format;
    }

    /** Whether a value is a plain number of this numeric column, safe to leave as it is. */
    boolean isPlainNumber(String value) {
        return numeric && NUMBER.matcher(value).matches();
    }
}
