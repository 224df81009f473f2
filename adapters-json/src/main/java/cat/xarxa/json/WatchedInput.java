package cat.xarxa.json;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An input that remembers whether reading it failed, so that an I/O error the parser reports can
 * be told apart: the stream's own failure is passed on as it is, while an error about the bytes
 * themselves (text in no encoding Jackson detects: an invalid UTF-32 character, a UCS-4 byte
 * order it does not support) is a file that is not JSON, refused as such. Does not close the input.
 */
final class WatchedInput extends FilterInputStream {

    private boolean failed;

    WatchedInput(InputStream in) {
        super(in);
    }

    /** Whether reading the underlying input ever failed. */
    boolean failed() {
        return failed;
    }

    @Override
    public int read() throws IOException {
        try {
            return super.read();
        } catch (IOException e) {
            failed = true;
            throw e;
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        try {
            return super.read(b, off, len);
        } catch (IOException e) {
            failed = true;
            throw e;
        }
    }

    @Override
    public long skip(long n) throws IOException {
        try {
            return super.skip(n);
        } catch (IOException e) {
            failed = true;
            throw e;
        }
    }

    @Override
    public void close() {
        // The caller's stream stays open.
    }
}
