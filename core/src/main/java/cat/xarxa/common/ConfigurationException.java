package cat.xarxa.common;

/**
 * Xarxa cannot start as configured: no storage on the class path, an unknown storage or format
 * name, a wrong setting. The message says what to change.
 */
public class ConfigurationException extends XarxaException {

    public ConfigurationException(Reason reason) {
        super(reason);
    }

    public ConfigurationException(Reason reason, Throwable cause) {
        super(reason, cause);
    }
}
