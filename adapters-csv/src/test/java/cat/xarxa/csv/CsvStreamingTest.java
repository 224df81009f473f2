package cat.xarxa.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.member.Member;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberKind;
import cat.xarxa.member.Population;
import cat.xarxa.spi.ExportFormat;
import cat.xarxa.spi.ExportSource;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The export writes rows as the source yields members, shown by what has passed half way, not by time. */
class CsvStreamingTest {

    private static final int MEMBERS = 20_000;
    private static final int HALF_WAY = MEMBERS / 2;

    /** A member made up on demand, every other one with a population figure; no store holds it. */
    private static Member generated(int n) {
        Member member = Member.requestMembership(new MemberId(new UUID(0, n)), MemberKind.OTHER_PUBLIC_BODY,
                "P" + (1_000_000 + n), "Consorci \"número\" " + n, LocalDate.of(2025, 1, 1)).orElseThrow();
        return n % 2 == 0 ? member : member.recordPopulation(new Population(2025, n, "Padró consorciat")).orElseThrow();
    }

    @Test
    void rows_are_written_before_the_source_is_exhausted_and_the_output_is_left_open() throws IOException {
        CountingOutputStream out = new CountingOutputStream();
        AtomicLong bytesWrittenHalfWay = new AtomicLong(-1);
        AtomicBoolean sourceClosed = new AtomicBoolean();
        ExportSource lazySource = () -> IntStream.range(0, MEMBERS)
                .peek(n -> {
                    if (n == HALF_WAY) {
                        bytesWrittenHalfWay.set(out.count);
                    }
                })
                .mapToObj(CsvStreamingTest::generated)
                .onClose(() -> sourceClosed.set(true));
        ExportFormat csv = new XarxaCsv().exportFormats().get(0);

        csv.write(lazySource, out);

        assertEquals("csv", csv.name());
        assertTrue(bytesWrittenHalfWay.get() > 0, "bytes written when half the members had been read");
        assertTrue(bytesWrittenHalfWay.get() < out.count, "the second half was written after");
        assertEquals(MEMBERS + 1, out.lineEnds, "a header and one row per member");
        assertTrue(sourceClosed.get(), "the source's stream is closed");
        assertFalse(out.closed, "the caller's stream is left open");
    }

    private static final class CountingOutputStream extends OutputStream {
        long count;
        long lineEnds;
        boolean closed;

        @Override
        public void write(int b) {
            count++;
            if (b == '\n') {
                lineEnds++;
            }
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
