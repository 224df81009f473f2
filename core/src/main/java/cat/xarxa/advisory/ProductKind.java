package cat.xarxa.advisory;

/** What kind of material an advisory produced (seed 004: questions, answers and solutions). */
public enum ProductKind {
    /** Frequently asked questions. */
    QUESTIONS,
    /** Answers to the questions raised. */
    ANSWERS,
    /** Solutions, models and templates. */
    SOLUTIONS
}
