package cat.xarxa.care;

/** What a contact with a member was about (seed: questions on how the network works, fee payment). */
public enum ContactTopic {
    /** Questions about how the network works. */
    HOW_THE_NETWORK_WORKS,
    /** Questions about the annual fee and its payment. */
    FEE_PAYMENT,
    /** Anything else. */
    OTHER
}
