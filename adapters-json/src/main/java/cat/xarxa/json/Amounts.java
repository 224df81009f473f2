package cat.xarxa.json;

import static cat.xarxa.json.RecordFields.wrongType;
import static cat.xarxa.json.TreeFields.at;
import static cat.xarxa.json.TreeFields.optional;
import static cat.xarxa.json.TreeFields.optionalText;

import cat.xarxa.common.InvalidAmountException;
import cat.xarxa.common.Money;
import tools.jackson.databind.JsonNode;

/**
 * Reads the amounts of one record in the currency it names. Amounts are JSON strings with at most
 * two decimals ({@code "150.00"}), never JSON numbers, which many programs read as floating point;
 * a record may say {@code "currency":"EUR"}, and without it the amounts are euros.
 * {@link Money#read} is the one place that knows what an amount may be: what it refuses
 * ({@code money.not-a-number}, {@code money.too-many-decimals}, {@code money.not-euro}) is refused
 * here naming the field.
 */
final class Amounts {

    static final String CURRENCY = "currency";

    /** The currency written in fee records. */
    static final String EUROS = Money.CURRENCY;

    private final String currency;
    private final String currencyField;

    private Amounts(String currency, String currencyField) {
        this.currency = currency;
        this.currencyField = currencyField;
    }

    /**
     * The amounts of a record, in the currency it names. The currency is checked at once, so that
     * a record without amounts (a policy whose rules are all custom) is refused too.
     *
     * @param record the record's object
     * @param path   the record's place, for messages; empty for a record
     * @throws RecordProblem naming {@code currency} if it is not a string or not euros
     */
    static Amounts of(JsonNode record, String path) {
        Amounts amounts = new Amounts(optionalText(record, CURRENCY, path), at(path, CURRENCY));
        amounts.read(Money.ZERO.toString(), amounts.currencyField);
        return amounts;
    }

    /** Amounts with no currency written: euros. For a part of a record read on its own, e.g. a rule. */
    static Amounts inEuros() {
        return new Amounts(null, CURRENCY);
    }

    /** A required amount. */
    Money amount(JsonNode object, String field, String path) {
        Money amount = optionalAmount(object, field, path);
        if (amount == null) {
            throw wrongType(at(path, field), TreeFields.STRING);
        }
        return amount;
    }

    /** An amount; null if missing or {@code null}. */
    Money optionalAmount(JsonNode object, String field, String path) {
        JsonNode value = optional(object, field);
        if (value == null) {
            return null;
        }
        if (!value.isString()) {
            throw wrongType(at(path, field), TreeFields.STRING);
        }
        return read(value.stringValue(), at(path, field));
    }

    private Money read(String text, String field) {
        try {
            return Money.read(text, currency);
        } catch (InvalidAmountException e) {
            // A wrong currency is the record's, whichever amount meets it.
            throw new RecordProblem(e.reason().code().equals("money.not-euro") ? currencyField : field, e.reason());
        }
    }
}
