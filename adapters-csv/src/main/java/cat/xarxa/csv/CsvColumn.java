package cat.xarxa.csv;

import java.util.Objects;
import java.util.function.Function;

/**
 * A column of a data set: its key (the English header, and the key of its titles in
 * {@code OpenData.properties}), what it holds and its value for a row. A data set keeps its
 * columns in one list, so that the header, the rows and the metadata cannot drift apart.
 *
 * @param key   the English header, lower case with underscores, e.g. {@code official_code}
 * @param type  what it holds
 * @param value its value for a row; never null, empty for none
 * @param <R>   the row
 */
record CsvColumn<R>(String key, CellType type, Function<R, String> value) {

    CsvColumn {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }

    static <R> CsvColumn<R> text(String key, Function<R, String> value) {
        return new CsvColumn<>(key, CellType.TEXT, value);
    }

    static <R> CsvColumn<R> integer(String key, Function<R, String> value) {
        return new CsvColumn<>(key, CellType.INTEGER, value);
    }

    static <R> CsvColumn<R> decimal(String key, Function<R, String> value) {
        return new CsvColumn<>(key, CellType.DECIMAL, value);
    }

    static <R> CsvColumn<R> date(String key, Function<R, String> value) {
        return new CsvColumn<>(key, CellType.DATE, value);
    }

    static <R> CsvColumn<R> time(String key, Function<R, String> value) {
        return new CsvColumn<>(key, CellType.TIME, value);
    }

    static <R> CsvColumn<R> hours(String key, Function<R, String> value) {
        return new CsvColumn<>(key, CellType.HOURS, value);
    }

    static <R> CsvColumn<R> uri(String key, Function<R, String> value) {
        return new CsvColumn<>(key, CellType.URI, value);
    }

    /** The cell of a row, as written: guarded against formula injection. */
    String cellOf(R row) {
        String text = value.apply(row);
        return Cells.safe(type, text == null ? "" : text);
    }
}
