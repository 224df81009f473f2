package cat.xarxa;

/**
 * What an import brought in; an import either brings in everything or nothing.
 *
 * @param format  the format read, e.g. {@code json}
 * @param members how many members were imported
 * @param people  how many people were imported
 */
public record ImportReport(String format, long members, long people) {

    /** A report of members only. */
    public ImportReport(String format, long members) {
        this(format, members, 0);
    }
}
