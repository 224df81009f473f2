package cat.xarxa.common;

/** A technical failure of the store (a lost connection, a full disk); nothing was changed. */
public class StorageException extends XarxaException {

    public StorageException(Reason reason, Throwable cause) {
        super(reason, cause);
    }
}
