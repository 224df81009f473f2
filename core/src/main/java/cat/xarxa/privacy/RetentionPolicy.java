package cat.xarxa.privacy;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * How long each kind of record is kept (terminis de conservació); set with
 * {@code Xarxa.builder().retention(policy)}. The journal is always kept whole: it holds ids and
 * no personal data, and it is the network's audit history.
 *
 * @param feeRecords  how long fee assessments and payments are kept after the end of their fiscal
 *                    year; they are accounting records, never erased, and at least
 *                    {@link #LEGAL_MINIMUM_FEE_RECORDS}
 * @param contactNotes how long the notes of the contact log are kept after the contact
 * @param personData  how long a person's contact data (name, email, phone) is kept after their
 *                    last link to the network ends; a person may ask for erasure before
 */
public record RetentionPolicy(Period feeRecords, Period contactNotes, Period personData) {

    /** Accounting records are kept six years (Codi de comerç, art. 30). */
    public static final Period LEGAL_MINIMUM_FEE_RECORDS = Period.ofYears(6);

    /** Fee records 6 years after the fiscal year, contact notes 4 years, contact data 4 years after the last link. */
    public static final RetentionPolicy DEFAULT = new RetentionPolicy(Period.ofYears(6), Period.ofYears(4),
            Period.ofYears(4));

    public RetentionPolicy {
        Objects.requireNonNull(feeRecords, "feeRecords");
        Objects.requireNonNull(contactNotes, "contactNotes");
        Objects.requireNonNull(personData, "personData");
        if (feeRecords.toTotalMonths() < LEGAL_MINIMUM_FEE_RECORDS.toTotalMonths()) {
            throw new IllegalArgumentException("fee records are kept at least " + LEGAL_MINIMUM_FEE_RECORDS + ": " + feeRecords);
        }
        if (contactNotes.isNegative() || personData.isNegative()) {
            throw new IllegalArgumentException("a retention period is not negative");
        }
    }

    /** The same policy keeping fee records this long after their fiscal year. */
    public RetentionPolicy withFeeRecords(Period period) {
        return new RetentionPolicy(period, contactNotes, personData);
    }

    /** The same policy keeping contact-log notes this long. */
    public RetentionPolicy withContactNotes(Period period) {
        return new RetentionPolicy(feeRecords, period, personData);
    }

    /** The same policy keeping a person's contact data this long after their last link ends. */
    public RetentionPolicy withPersonData(Period period) {
        return new RetentionPolicy(feeRecords, contactNotes, period);
    }

    /** The last day the fee records of a fiscal year must be kept. */
    public LocalDate feeRecordsKeptUntil(int fiscalYear) {
        return LocalDate.of(fiscalYear, 12, 31).plus(feeRecords);
    }

    /** Whether the note of a contact made on a day is past its retention on {@code asOf}. */
    public boolean contactNoteExpired(LocalDate contactOn, LocalDate asOf) {
        return asOf.isAfter(contactOn.plus(contactNotes));
    }

    /** The first day a person's contact data may go, their last link having ended on a day. */
    public LocalDate personDataErasableFrom(LocalDate lastLinkEnded) {
        return lastLinkEnded.plus(personData).plusDays(1);
    }
}
