package cat.xarxa.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.common.MeetingFormat;
import cat.xarxa.governance.EventKind;
import cat.xarxa.governance.EventStatus;
import cat.xarxa.governance.NetworkEvent;
import cat.xarxa.spi.ExportSource;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Events are written as the source yields them, shown by what has passed half way, not by time. */
class IcsStreamingTest {

    private static final int EVENTS = 20_000;
    private static final int HALF_WAY = EVENTS / 2;

    /** An event made up on demand, every third one all day; no store holds it. */
    private static NetworkEvent generated(int n) {
        LocalTime startsAt = n % 3 == 0 ? null : LocalTime.of(9 + n % 10, 0);
        return Calendars.event(n, EventKind.values()[n % EventKind.values().length], "Reunió, número " + n,
                LocalDate.of(2026, 1, 1).plusDays(n % 3650), startsAt, startsAt == null ? null : startsAt.plusHours(1),
                MeetingFormat.values()[n % 3], "Sala " + n, n % 3 == 1 ? "" : "https://meet.example.org/" + n,
                EventStatus.values()[n % 3], List.of());
    }

    @Test
    void events_are_written_before_the_source_is_exhausted_and_the_output_is_left_open() throws IOException {
        CountingOutputStream out = new CountingOutputStream();
        AtomicLong bytesWrittenHalfWay = new AtomicLong(-1);
        AtomicBoolean sourceClosed = new AtomicBoolean();
        ExportSource lazySource = new ExportSource() {
            @Override
            public Stream<cat.xarxa.member.Member> members() {
                return Stream.empty();
            }

            @Override
            public Stream<NetworkEvent> events() {
                return IntStream.range(0, EVENTS)
                        .peek(n -> {
                            if (n == HALF_WAY) {
                                bytesWrittenHalfWay.set(out.count);
                            }
                        })
                        .mapToObj(IcsStreamingTest::generated)
                        .onClose(() -> sourceClosed.set(true));
            }
        };

        Calendars.ics().write(lazySource, out);

        assertTrue(bytesWrittenHalfWay.get() > 0, "bytes written when half the events had been read");
        assertTrue(bytesWrittenHalfWay.get() < out.count, "the second half was written after");
        assertEquals(EVENTS, out.events, "one VEVENT per event");
        assertTrue(sourceClosed.get(), "the source's stream is closed");
        assertFalse(out.closed, "the caller's stream is left open");
    }

    private static final class CountingOutputStream extends OutputStream {
        private static final byte[] BEGIN_VEVENT = "BEGIN:VEVENT".getBytes(StandardCharsets.US_ASCII);
        long count;
        long events;
        boolean closed;
        private int matched;

        @Override
        public void write(int b) {
            count++;
            matched = b == BEGIN_VEVENT[matched] ? matched + 1 : (b == BEGIN_VEVENT[0] ? 1 : 0);
            if (matched == BEGIN_VEVENT.length) {
                events++;
                matched = 0;
            }
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
