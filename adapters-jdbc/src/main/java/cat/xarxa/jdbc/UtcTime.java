package cat.xarxa.jdbc;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Instants as the journal's timestamp column holds them: the UTC wall-clock time, without a time
 * zone. Passed to and from the driver as {@link LocalDateTime}, which no driver shifts by the
 * JVM's or the server's time zone, so an instant reads back exactly, to the microsecond.
 */
final class UtcTime {

    private UtcTime() {
    }

    static LocalDateTime toColumn(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant fromColumn(LocalDateTime value) {
        return value.toInstant(ZoneOffset.UTC);
    }
}
