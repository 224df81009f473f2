package cat.xarxa;

import cat.xarxa.common.ConfigurationException;
import cat.xarxa.common.Reason;
import cat.xarxa.spi.ExportFormat;
import cat.xarxa.spi.FormatProvider;
import cat.xarxa.spi.ImportFormat;
import java.lang.System.Logger.Level;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** Every export and import format the format providers on the class path contribute, by name. */
final class Formats {

    private static final System.Logger LOG = System.getLogger("cat.xarxa.formats");
    private static final String ARTIFACTS = "cat.xarxa:xarxa-adapters-json, cat.xarxa:xarxa-adapters-csv";

    private final Map<String, ExportFormat> exports = new TreeMap<>();
    private final Map<String, ImportFormat> imports = new TreeMap<>();

    Formats(ClassLoader classLoader, List<FormatProvider> given) {
        given.forEach(this::add);
        Iterator<FormatProvider> providers = ServiceLoader.load(FormatProvider.class, classLoader).iterator();
        while (true) {
            try {
                if (!providers.hasNext()) {
                    break;
                }
                add(providers.next());
            } catch (ServiceConfigurationError | LinkageError e) {
                LOG.log(Level.WARNING, "A Xarxa format provider failed to load and is skipped: " + e.getMessage(), e);
            }
        }
    }

    private void add(FormatProvider provider) {
        provider.exportFormats().forEach(f -> exports.putIfAbsent(f.name(), f));
        provider.importFormats().forEach(f -> imports.putIfAbsent(f.name(), f));
    }

    ExportFormat export(String name) {
        ExportFormat format = exports.get(name);
        if (format == null) {
            throw new ConfigurationException(Reason.of("config.unknown-export-format", name, available(exports), ARTIFACTS));
        }
        return format;
    }

    ImportFormat importing(String name) {
        ImportFormat format = imports.get(name);
        if (format == null) {
            throw new ConfigurationException(Reason.of("config.unknown-import-format", name, available(imports), ARTIFACTS));
        }
        return format;
    }

    java.util.Set<String> exportNames() {
        return java.util.Collections.unmodifiableSet(exports.keySet());
    }

    java.util.Set<String> importNames() {
        return java.util.Collections.unmodifiableSet(imports.keySet());
    }

    private static String available(Map<String, ?> formats) {
        return formats.isEmpty() ? "-" : String.join(", ", formats.keySet());
    }
}
