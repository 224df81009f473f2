package cat.xarxa.spi;

/**
 * Where a record was found in an import: its position (1 for the first record) and, where the
 * format has lines, its line.
 *
 * @param index the record's position, from 1; 0 for a refusal before the first record was read
 * @param line  the line it starts on, from 1; 0 where unknown
 */
public record RecordLocation(long index, long line) {

    /** The record at a position, line unknown. */
    public static RecordLocation record(long index) {
        return new RecordLocation(index, 0);
    }

    /** e.g. {@code record 57 (line 58)}. */
    @Override
    public String toString() {
        return line > 0 ? "record " + index + " (line " + line + ")" : "record " + index;
    }
}
