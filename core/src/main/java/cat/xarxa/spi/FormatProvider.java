package cat.xarxa.spi;

import java.util.List;

/**
 * Contributes export and import formats, found with {@link java.util.ServiceLoader}: every
 * provider on the class path adds its formats. Register an implementation in
 * {@code META-INF/services/cat.xarxa.spi.FormatProvider}.
 */
public interface FormatProvider {

    /** The export formats this provider adds; never null. */
    List<ExportFormat> exportFormats();

    /** The import formats this provider adds; never null, may be empty. */
    List<ImportFormat> importFormats();
}
