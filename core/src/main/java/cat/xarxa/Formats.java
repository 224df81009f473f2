package cat.xarxa;

import cat.xarxa.common.ConfigurationException;
import cat.xarxa.common.Reason;
import cat.xarxa.spi.ExportFormat;
import cat.xarxa.spi.FormatProvider;
import cat.xarxa.spi.ImportFormat;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Every export and import format the format providers on the class path contribute, by name. */
final class Formats {

    private static final System.Logger LOG = System.getLogger("cat.xarxa.plugins");

    private static final String ARTIFACTS = "cat.xarxa:xarxa-adapters-json, cat.xarxa:xarxa-adapters-csv, cat.xarxa:xarxa-adapters-ical";

    private final Map<String, ExportFormat> exports = new TreeMap<>();
    private final Map<String, ImportFormat> imports = new TreeMap<>();

    Formats(ClassLoader classLoader, List<FormatProvider> given) {
        given.forEach(this::add);
        Plugins.load(FormatProvider.class, classLoader, new java.util.ArrayList<>()).forEach(this::add);
    }

    private void add(FormatProvider provider) {
        List<ExportFormat> exporting;
        List<ImportFormat> importing;
        try {
            exporting = provider.exportFormats();
            importing = provider.importFormats();
            exporting.forEach(ExportFormat::name);
            importing.forEach(ImportFormat::name);
        } catch (RuntimeException | LinkageError e) {
            // A provider whose own dependencies are missing costs its formats, not the library.
            LOG.log(Level.WARNING, "The Xarxa format provider " + provider.getClass().getName()
                    + " failed and its formats are skipped: " + e, e);
            return;
        }
        exporting.forEach(f -> exports.putIfAbsent(f.name(), f));
        importing.forEach(f -> imports.putIfAbsent(f.name(), f));
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
