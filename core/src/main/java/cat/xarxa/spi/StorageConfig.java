package cat.xarxa.spi;

import cat.xarxa.common.ConfigurationException;
import cat.xarxa.common.Reason;
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
    private final ClassLoader classLoader;

    /**
     * Settings and objects, with the class loader that loaded this class for finding drivers.
     *
     * @param settings text settings; never null
     * @param objects  objects by key; never null
     */
    public StorageConfig(Map<String, String> settings, Map<String, Object> objects) {
        this(settings, objects, StorageConfig.class.getClassLoader());
    }

    /**
     * @param settings    text settings; never null
     * @param objects     objects by key; never null
     * @param classLoader where the host wants plugins and drivers looked up; never null
     */
    public StorageConfig(Map<String, String> settings, Map<String, Object> objects, ClassLoader classLoader) {
        this.settings = Map.copyOf(settings);
        this.objects = Map.copyOf(objects);
        this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
    }

    /** The class loader the host chose ({@code Xarxa.builder().classLoader(...)}); for finding drivers. */
    public ClassLoader classLoader() {
        return classLoader;
    }

    /** The text setting for a key, if set and not blank. */
    public Optional<String> get(String key) {
        return Optional.ofNullable(settings.get(key)).map(String::trim).filter(s -> !s.isEmpty());
    }

    /** The text setting for a key, or the default. */
    public String get(String key, String defaultValue) {
        return get(key).orElse(defaultValue);
    }

    /**
     * A yes/no setting, or the default if it is not set.
     *
     * @throws ConfigurationException if it is set to anything but {@code true} or {@code false}
     *                                (so that a typo never quietly means no)
     */
    public boolean flag(String key, boolean defaultValue) {
        Optional<String> value = get(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        String text = value.get().toLowerCase(java.util.Locale.ROOT);
        if (!text.equals("true") && !text.equals("false")) {
            throw new ConfigurationException(Reason.of("config.invalid-setting", key, value.get(), "true / false"));
        }
        return Boolean.parseBoolean(text);
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
