package cat.xarxa.ical;

import java.io.IOException;
import java.io.Writer;

/**
 * Folds content lines as RFC 5545 (3.1) asks: no line longer than 75 octets of UTF-8, excluding
 * the CRLF, a longer one continued on the next line after a space. A fold never splits a
 * character, so every line is valid UTF-8 on its own. Counting octets rather than characters
 * keeps lines of accented text within the limit too.
 */
final class FoldedLines {

    /** The longest line, in octets, before its CRLF. */
    static final int MAX_OCTETS = 75;

    private final Writer out;
    private int octets;

    FoldedLines(Writer out) {
        this.out = out;
    }

    /** Writes text made of whole content lines, each ending in CRLF; values hold no line break. */
    void write(String text) throws IOException {
        int i = 0;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            int chars = Character.charCount(codePoint);
            if (codePoint == '\r' || codePoint == '\n') {
                out.write(codePoint);
                octets = 0;
            } else {
                int size = utf8Length(codePoint);
                if (octets + size > MAX_OCTETS) {
                    out.write("\r\n ");
                    octets = 1;
                }
                out.write(text, i, chars);
                octets += size;
            }
            i += chars;
        }
    }

    /** Flushes to the stream underneath, which stays open. */
    void flush() throws IOException {
        out.flush();
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        } else if (codePoint < 0x800) {
            return 2;
        } else if (codePoint < 0x10000) {
            return 3;
        }
        return 4;
    }
}
