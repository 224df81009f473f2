package cat.xarxa.advisory;

import cat.xarxa.common.Decision;
import cat.xarxa.member.MemberId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The advisory hour bank: its ledger, the councils' requests, joint advisories, sessions,
 * providers and the materials they produce. Every change that moves hours is an entry of the
 * bank's ledger, in the same unit of work; a change that does not fit is refused whole.
 */
public interface Advisories {

    /** Opens a period's bank with its initial grant. {@code advisory.bank-exists}, {@code advisory.period-dates} */
    Decision<HourBank> openBank(OpenHourBank command);

    /** Enlarges a period's bag of hours. {@code advisory.no-bank} */
    Decision<HourBank> enlarge(EnlargeHourBank command);

    /**
     * Files a council's request: it becomes an advisory that holds its package reserved. Refused
     * for a council without the services right at the date (the rights policy's reasons, e.g.
     * {@code rights.arrears-suspend-services}), an unknown person or topic, no bank for the date,
     * or a package that does not fit ({@code advisory.bank-insufficient}).
     */
    Decision<Advisory> request(RequestAdvisory command);

    /** Open advisories that could be merged: same topic and period, requested within the window (days). */
    List<MergeSuggestion> mergeSuggestions(String period, int windowDays);

    /** Merges advisories into one joint advisory, charged once. */
    Decision<Advisory> merge(MergeAdvisories command);

    /** Takes a request out of a joint advisory into an advisory of its own; returns the new one. */
    Decision<Advisory> unmerge(UnmergeRequest command);

    /** Sets who delivers an advisory. */
    Decision<Advisory> assign(AssignProvider command);

    /** Schedules a session. */
    Decision<Advisory> schedule(ScheduleSession command);

    /** Records a session as held; its real duration is consumed. */
    Decision<Advisory> deliver(DeliverSession command);

    /** Cancels a planned session; its hours go back to the bank. */
    Decision<Advisory> cancelSession(CancelSession command);

    /** Reserves more hours for an advisory. */
    Decision<Advisory> adjust(AdjustReservation command);

    /** Completes an advisory; unused hours go back to the bank. */
    Decision<Advisory> complete(CompleteAdvisory command);

    /** Cancels an advisory; its reservation goes back to the bank. */
    Decision<Advisory> cancel(CancelAdvisory command);

    /** Expires what is still available at the end of a period. {@code advisory.period-not-ended} */
    Decision<HourBank> expire(ExpireHourBank command);

    /** Records a material an advisory produced. */
    Decision<AdvisoryProduct> addProduct(AddProduct command);

    /** Publishes a material so that other councils can find it. {@code advisory.product-not-found} */
    Decision<AdvisoryProduct> publish(ProductId product);

    /** The bank of a period, if opened. */
    Optional<HourBank> bank(String period);

    /** The ledger of a period, by date. */
    List<LedgerEntry> ledger(String period);

    /** The advisory with this id, if any. */
    Optional<Advisory> advisory(AdvisoryId id);

    /** The advisories charged to a period (merged-away ones included), in id order. */
    List<Advisory> advisoriesIn(String period);

    /** The advisories a council takes or took part in, in id order. */
    List<Advisory> advisoriesOf(MemberId member);

    /** The published materials on a topic, in id order. */
    List<AdvisoryProduct> publishedOn(String topic);

    /** The use of a period's bank. */
    HourBankReport report(String period);

    /** The catalogue of topics. */
    List<String> topics();

    /**
     * The package templates a portal can offer, by name: {@code default} (four hours in two
     * sessions) and those configured with {@code Xarxa.builder().advisoryPackages(...)}. A request
     * may also ask for any other package.
     */
    java.util.Map<String, AdvisoryPackage> packages();
}
