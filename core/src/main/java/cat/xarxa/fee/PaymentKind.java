package cat.xarxa.fee;

/** Which way money moved between a member and the network. */
public enum PaymentKind {
    /** The member paid the network. */
    PAYMENT,
    /** The network paid a credit back to the member. */
    REFUND
}
