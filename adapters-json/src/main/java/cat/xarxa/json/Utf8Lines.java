package cat.xarxa.json;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads an input line by line as UTF-8. Each line is decoded on its own, so that bytes that are
 * not UTF-8 are reported on the line that holds them (a reader decoding ahead in blocks would
 * report them lines too early), and refused rather than silently replaced. Lines end with
 * {@code \n} or {@code \r\n}, as JSON Lines says. Does not close the input.
 */
final class Utf8Lines {

    /** The longest line read, in bytes: 64 MiB, far above the largest record, far below the memory it would take. */
    static final int MAX_LINE_LENGTH = 64 << 20;

    /** A line longer than {@link #MAX_LINE_LENGTH}; nothing past the limit is held in memory. */
    static final class LineTooLong extends IOException {
        private static final long serialVersionUID = 1L;

        LineTooLong() {
            super("a line is longer than " + MAX_LINE_LENGTH + " bytes");
        }
    }

    private final InputStream in;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);

    Utf8Lines(InputStream in) {
        this.in = new BufferedInputStream(in);
    }

    /**
     * The next line without its end, or null after the last.
     *
     * @throws CharacterCodingException if the line is not UTF-8
     * @throws LineTooLong              if the line is longer than {@link #MAX_LINE_LENGTH}
     * @throws IOException              if reading fails
     */
    String next() throws IOException {
        line.reset();
        int b = in.read();
        if (b < 0) {
            return null;
        }
        while (b >= 0 && b != '\n') {
            if (line.size() == MAX_LINE_LENGTH) {
                throw new LineTooLong();
            }
            line.write(b);
            b = in.read();
        }
        byte[] bytes = line.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return decoder.decode(ByteBuffer.wrap(bytes, 0, length)).toString();
    }
}
