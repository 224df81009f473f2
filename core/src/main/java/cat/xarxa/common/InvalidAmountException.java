package cat.xarxa.common;

/**
 * An amount of money written wrongly: not a number, more than two decimals, or not in euros.
 * The message says which, in Catalan, Spanish or English.
 */
public class InvalidAmountException extends XarxaException {

    public InvalidAmountException(Reason reason, Throwable cause) {
        super(reason, cause);
    }
}
