package cat.xarxa.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.member.Member;
import cat.xarxa.member.MemberData;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberKind;
import cat.xarxa.member.Population;
import cat.xarxa.spi.ExportSource;
import cat.xarxa.spi.ImportException;
import cat.xarxa.spi.ImportSink;
import cat.xarxa.spi.RecordLocation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Both formats stream: the export writes members as the source yields them, the import hands
 * them on as it reads them. Shown by what has passed through the streams half way, not by time.
 */
class StreamingTest {

    private static final int MEMBERS = 20_000;
    private static final int HALF_WAY = MEMBERS / 2;

    /** A member made up on demand, with a population figure; no store holds it. */
    private static Member generated(int n) {
        return Member.requestMembership(new MemberId(new UUID(0, n)), MemberKind.OTHER_PUBLIC_BODY,
                        Networks.publicBodyNif(n), "Consorci número " + n, LocalDate.of(2025, 1, 1).plusDays(n % 365))
                .orElseThrow()
                .admit(LocalDate.of(2026, 1, 1), "AG 2026-01").orElseThrow()
                .recordPopulation(new Population(2025, n, "Padró dels municipis consorciats")).orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void the_export_writes_members_before_the_source_is_exhausted_and_leaves_the_output_open(String format)
            throws IOException {
        CountingOutputStream out = new CountingOutputStream();
        AtomicLong bytesWrittenHalfWay = new AtomicLong(-1);
        AtomicBoolean sourceClosed = new AtomicBoolean();
        ExportSource lazySource = () -> IntStream.range(0, MEMBERS)
                .peek(n -> {
                    if (n == HALF_WAY) {
                        bytesWrittenHalfWay.set(out.count);
                    }
                })
                .mapToObj(StreamingTest::generated)
                .onClose(() -> sourceClosed.set(true));

        Networks.exportFormat(format).write(lazySource, out);

        assertTrue(bytesWrittenHalfWay.get() > 0, "bytes written when half the members had been read");
        assertTrue(bytesWrittenHalfWay.get() < out.count, "the second half was written after");
        assertTrue(sourceClosed.get(), "the source's stream is closed");
        assertFalse(out.closed, "the caller's stream is left open");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void the_import_hands_on_members_before_the_input_is_read_to_its_end(String format) throws IOException {
        ByteArrayOutputStream exported = new ByteArrayOutputStream();
        Networks.exportFormat(format).write(() -> IntStream.range(0, MEMBERS).mapToObj(StreamingTest::generated), exported);
        byte[] bytes = exported.toByteArray();
        CountingInputStream in = new CountingInputStream(new ByteArrayInputStream(bytes));
        AtomicLong bytesReadAtFirstMember = new AtomicLong(-1);
        AtomicLong membersHandedOn = new AtomicLong();
        ImportSink countingSink = (RecordLocation where, MemberData data) -> {
            if (membersHandedOn.incrementAndGet() == 1) {
                bytesReadAtFirstMember.set(in.count);
            }
            assertEquals(membersHandedOn.get(), where.index());
            assertEquals(where.index() + 1, where.line());
        };

        Networks.importFormat(format).read(in, countingSink);

        assertEquals(MEMBERS, membersHandedOn.get());
        assertTrue(bytesReadAtFirstMember.get() < bytes.length / 10,
                bytesReadAtFirstMember.get() + " of " + bytes.length + " bytes read before the first member was handed on");
        assertFalse(in.closed, "the caller's stream is left open");
    }

    /**
     * A json document is closed only at the end, so a failed export cannot pass for a smaller
     * network. (A jsonl file ends at a record boundary whatever happens; the exception is the
     * caller's signal there.)
     */
    @Test
    void a_json_export_that_fails_half_way_does_not_end_as_a_shorter_valid_document() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportSource failingSource = () -> IntStream.range(0, MEMBERS).mapToObj(n -> {
            if (n == HALF_WAY) {
                throw new IllegalStateException("the store went away");
            }
            return generated(n);
        });

        assertThrows(IllegalStateException.class, () -> Networks.exportFormat("json").write(failingSource, out));

        assertTrue(out.size() > 0, "what was read before the failure was written");
        assertFalse(out.toString(StandardCharsets.UTF_8).endsWith("]}\n"), "the document is not closed");
        assertThrows(ImportException.class, () -> Networks.importFormat("json")
                .read(new ByteArrayInputStream(out.toByteArray()), (where, data) -> { }));
    }

    private static final class CountingOutputStream extends OutputStream {
        long count;
        boolean closed;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private static final class CountingInputStream extends FilterInputStream {
        long count;
        boolean closed;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(n, 0);
            return n;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
