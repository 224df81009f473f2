package cat.xarxa.csv;

/**
 * The guard against CSV formula injection (OWASP): a spreadsheet reads a cell that starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return as a formula, which may
 * compute, fetch or run something. Such a cell is written with a single quote {@code '} in front,
 * which spreadsheets show as text, and quoted.
 *
 * <p>The quote is the only change, and it can be undone: a cell that starts with one or more
 * quotes followed by one of those characters had one quote added, so a reader takes one off.
 * For that to hold, a text that already starts with quotes followed by one of those characters
 * gets one more ({@code '=1} is written {@code ''=1}); any other text is written as it is.
 *
 * <p>A plain number in a numeric column ({@link CellType#isPlainNumber}) is left alone: the
 * library writes it, and {@code -50.00} is a negative amount, not a formula.
 */
final class Cells {

    /** The quote put in front. */
    static final char QUOTE = '\'';

    private Cells() {
    }

    /** The value as it is written: neutralised unless it is safe as it is. */
    static String safe(CellType type, String value) {
        return type.isPlainNumber(value) ? value : neutralised(value);
    }

    /** The text with a quote in front if a spreadsheet could read it as a formula. */
    static String neutralised(String text) {
        return needsQuote(text) ? QUOTE + text : text;
    }

    /** The text a neutralised cell was made from. */
    static String original(String cell) {
        return cell.length() > 1 && cell.charAt(0) == QUOTE && needsQuote(cell.substring(1)) ? cell.substring(1) : cell;
    }

    /** Whether the text is quotes, possibly none, followed by a character a spreadsheet starts a formula with. */
    static boolean needsQuote(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == QUOTE) {
            i++;
        }
        return i < text.length() && isDangerous(text.charAt(i));
    }

    /** Whether a spreadsheet may start a formula with the character. */
    static boolean isDangerous(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
