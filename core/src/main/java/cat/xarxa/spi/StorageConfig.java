package cat.xarxa.spi;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The settings a storage provider is opened with: the {@code xarxa.*} text settings, and objects
 * the host application hands over (e.g. its own {@code javax.sql.DataSource} under
 * {@code xarxa.jdbc.dataSource}). Immutable.
 */
public final class StorageConfig {

    private final Map<String, String> settings;
    private final Map<String, Object> objects;

    /**
     * @param settings text settings; never null
     * @param objects  objects by key; never null
     */
    public StorageConfig(Map<String, String> settings, Map<String, Object> objects) {
        this.settings = Map.copyOf(settings);
        this.objects = Map.copyOf(objects);
    }

    /** The text setting for a key, if set and not blank. */
    public Optional<String> get(String key) {
        return Optional.ofNullable(settings.get(key)).map(String::trim).filter(s -> !s.isEmpty());
    }

    /** The text setting for a key, or the default. */
    public String get(String key, String defaultValue) {
        return get(key).orElse(defaultValue);
    }

    /** A yes/no setting ({@code true}/{@code false}), or the default. */
    public boolean flag(String key, boolean defaultValue) {
        return get(key).map(Boolean::parseBoolean).orElse(defaultValue);
    }

    /**
     * An object the host handed over under a key.
     *
     * @throws IllegalArgumentException if an object is there but of another type
     */
    public <T> Optional<T> object(String key, Class<T> type) {
        Object value = objects.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException(key + " must be a " + type.getName() + ", not " + value.getClass().getName());
        }
        return Optional.of(type.cast(value));
    }

    /** All text settings; unmodifiable. */
    public Map<String, String> settings() {
        return settings;
    }

    @Override
    public String toString() {
        // Passwords are never shown.
        StringBuilder text = new StringBuilder("StorageConfig{");
        settings.keySet().stream().sorted().forEach(k -> text.append(k).append('=')
                .append(k.toLowerCase(java.util.Locale.ROOT).contains("password") ? "****" : settings.get(k)).append(", "));
        objects.keySet().stream().sorted().forEach(k -> text.append(k).append("=<object>, "));
        return text.append('}').toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StorageConfig other && settings.equals(other.settings) && objects.equals(other.objects);
    }

    @Override
    public int hashCode() {
        return Objects.hash(settings, objects);
    }
}
