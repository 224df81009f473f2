package cat.xarxa.spi;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes an event's data as one text and reads it back, for stores that keep it in a single
 * column: one {@code name=value} per line, with {@code \}, {@code =} and line breaks escaped.
 * Plain enough for an auditor to read in a database tool.
 */
public final class EventDataCodec {

    private EventDataCodec() {
    }

    /** The data as text; the order of the map is kept. */
    public static String encode(Map<String, String> data) {
        StringBuilder text = new StringBuilder();
        data.forEach((name, value) -> {
            if (text.length() > 0) {
                text.append('\n');
            }
            escape(name, text);
            text.append('=');
            escape(value == null ? "" : value, text);
        });
        return text.toString();
    }

    /**
     * The data read back from {@link #encode(Map)}.
     *
     * @throws IllegalArgumentException if a line has no {@code =}
     */
    public static Map<String, String> decode(String text) {
        Map<String, String> data = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return data;
        }
        for (String line : text.split("\n", -1)) {
            int separator = unescapedEquals(line);
            if (separator < 0) {
                throw new IllegalArgumentException("event data line without '=': " + line);
            }
            data.put(unescape(line.substring(0, separator)), unescape(line.substring(separator + 1)));
        }
        return data;
    }

    private static void escape(String value, StringBuilder out) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '=' -> out.append("\\=");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }

    private static int unescapedEquals(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '=') {
                return i;
            }
        }
        return -1;
    }

    private static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(switch (next) {
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
