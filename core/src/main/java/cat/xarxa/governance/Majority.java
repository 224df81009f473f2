package cat.xarxa.governance;

/** The majority a motion needs among the votes that count. */
public enum Majority {
    /** More yes than no (abstentions do not weigh). */
    SIMPLE,
    /** Yes from more than half of the members with vote on the day, present or not. */
    ABSOLUTE,
    /** Yes from at least two thirds of those voting yes or no. */
    TWO_THIRDS
}
