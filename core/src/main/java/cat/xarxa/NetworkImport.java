package cat.xarxa;

import cat.xarxa.care.Contact;
import cat.xarxa.care.ContactData;
import cat.xarxa.care.ContactId;
import cat.xarxa.care.ContactLogged;
import cat.xarxa.care.MeetingData;
import cat.xarxa.care.MeetingId;
import cat.xarxa.care.Need;
import cat.xarxa.care.NeedData;
import cat.xarxa.care.NeedId;
import cat.xarxa.care.NeedRaised;
import cat.xarxa.care.OnboardingMeeting;
import cat.xarxa.care.OnboardingMeetingHeld;
import cat.xarxa.common.CommandValidator;
import cat.xarxa.advisory.Advisory;
import cat.xarxa.advisory.AdvisoryChanged;
import cat.xarxa.advisory.AdvisoryProduct;
import cat.xarxa.advisory.AdvisoryRequest;
import cat.xarxa.advisory.HourBank;
import cat.xarxa.advisory.HoursEntered;
import cat.xarxa.advisory.LedgerEntry;
import cat.xarxa.advisory.ProductRecorded;
import cat.xarxa.common.Decision;
import cat.xarxa.workinggroup.BudgetEntered;
import cat.xarxa.workinggroup.BudgetEntry;
import cat.xarxa.workinggroup.GroupBudget;
import cat.xarxa.workinggroup.WorkingGroup;
import cat.xarxa.workinggroup.WorkingGroupChanged;
import cat.xarxa.mentorship.MentorOffered;
import cat.xarxa.mentorship.Mentorship;
import cat.xarxa.mentorship.MentorProfile;
import cat.xarxa.mentorship.MentorshipChanged;
import cat.xarxa.common.DomainEvent;
import cat.xarxa.common.Money;
import cat.xarxa.fee.FeeAccount;
import cat.xarxa.fee.FeeAssessed;
import cat.xarxa.fee.FeeAssessment;
import cat.xarxa.fee.FeeContext;
import cat.xarxa.fee.FeePolicy;
import cat.xarxa.fee.FeePolicyApproved;
import cat.xarxa.fee.Payment;
import cat.xarxa.fee.PaymentId;
import cat.xarxa.fee.PaymentKind;
import cat.xarxa.fee.PaymentRecorded;
import cat.xarxa.fee.ProratedFee;
import cat.xarxa.common.Reason;
import cat.xarxa.common.TaxId;
import cat.xarxa.common.Violation;
import cat.xarxa.member.Expertise;
import cat.xarxa.member.Mandate;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberData;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberImported;
import cat.xarxa.member.MemberKind;
import cat.xarxa.member.MemberRules;
import cat.xarxa.member.Person;
import cat.xarxa.member.PersonData;
import cat.xarxa.member.PersonId;
import cat.xarxa.member.PersonRegistered;
import cat.xarxa.member.Population;
import cat.xarxa.member.StatusChange;
import cat.xarxa.partner.Partner;
import cat.xarxa.partner.PartnerData;
import cat.xarxa.partner.PartnerId;
import cat.xarxa.partner.PartnerRegistered;
import cat.xarxa.spi.ImportException;
import cat.xarxa.spi.ImportSink;
import cat.xarxa.spi.RecordLocation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

/**
 * Checks each imported record (people, members, partners, needs, contacts, onboarding meetings)
 * against its constraints and the domain's rules, and stores it in the import's unit of work.
 * The first wrong record throws, naming itself and its field, which rolls the whole import back.
 * A record the store held before the import, under its id or the key the store keeps it by, is
 * not written: identical, it is counted as unchanged; with other data, it is listed as a conflict
 * (see {@link ImportMode#MERGE}). A key met twice in the same import is a duplicate record and
 * refused.
 */
final class NetworkImport implements ImportSink {

    private final UnitOfWork.Scope scope;
    private final String format;
    private final List<String> needCategories;
    // The logs have no lookup by id: ids met in this file are remembered by the merge, and a member's
    // own log is searched; a clash with another member's stored entry still fails, at commit.
    private final ImportMerge merge = new ImportMerge();
    private long imported;
    private long importedPeople;
    private long importedPartners;
    private long importedNeeds;
    private long importedContacts;
    private long importedMeetings;

    private final Function<FeePolicy, FeeContext> feeContexts;
    private final Map<String, ImportedBank> importedBanks = new LinkedHashMap<>();
    private final Map<Advisory, RecordLocation> mergedAdvisories = new LinkedHashMap<>();
    private long importedBankCount;
    private long importedProfiles;
    private final Map<String, ImportedBudget> importedBudgets = new LinkedHashMap<>();
    private long importedGroups;
    private long importedBudgetCount;
    private long importedBudgetEntries;
    private long importedMentorships;
    private long importedEntries;
    private long importedAdvisories;
    private long importedProducts;
    private final Map<PaymentId, RecordLocation> refunds = new LinkedHashMap<>();
    private final Map<PaymentId, MemberId> refundMembers = new HashMap<>();
    private long importedPolicies;
    private long importedAssessments;
    private long importedPayments;

    NetworkImport(UnitOfWork.Scope scope, String format, List<String> needCategories,
                  Function<FeePolicy, FeeContext> feeContexts) {
        this.scope = scope;
        this.format = format;
        this.needCategories = List.copyOf(needCategories);
        this.feeContexts = feeContexts;
        this.governance = new GovernanceAndKnowledgeImport(scope, merge);
    }

    private final GovernanceAndKnowledgeImport governance;

    @Override
    public void bodySeat(RecordLocation where, cat.xarxa.governance.BodySeat seat) {
        governance.seat(where, seat);
    }

    @Override
    public void event(RecordLocation where, cat.xarxa.governance.NetworkEvent event) {
        governance.event(where, event);
    }

    @Override
    public void decision(RecordLocation where, cat.xarxa.governance.AssemblyDecision decision) {
        governance.decision(where, decision);
    }

    @Override
    public void practiceCall(RecordLocation where, cat.xarxa.practice.PracticeCall call) {
        governance.call(where, call);
    }

    @Override
    public void practiceSubmission(RecordLocation where, cat.xarxa.practice.PracticeSubmission submission) {
        governance.submission(where, submission);
    }

    @Override
    public void training(RecordLocation where, cat.xarxa.practice.Training training) {
        governance.training(where, training);
    }

    @Override
    public void workPlan(RecordLocation where, cat.xarxa.workplan.WorkPlan plan) {
        governance.plan(where, plan);
    }

    @Override
    public void feePolicy(RecordLocation where, FeePolicy policy) {
        List<Reason> problems = policy.problems(feeContexts.apply(policy));
        if (!problems.isEmpty()) {
            throw new ImportException(where, "", problems.get(0), null);
        }
        Optional<FeePolicy> approved = scope.tx().fees().policy(policy.year());
        if (merge.settle(where, "fee-policy", policy.year(), approved, policy::equals, () -> new ImportException(where,
                "year", Reason.of("fee.policy-exists", policy.year(), approved.get().decisionReference()), null))
                != ImportMerge.Found.ABSENT) {
            return;
        }
        scope.tx().fees().add(policy);
        scope.record(Decision.accepted(policy, new FeePolicyApproved(policy)), 1);
        importedPolicies++;
    }

    @Override
    public void assessment(RecordLocation where, FeeAssessment assessment) {
        if (merge.settle(where, "fee-assessment", assessment.id(), scope.tx().fees().assessment(assessment.id()),
                stored -> stored.withVersion(0).equals(assessment.withVersion(0)), () -> duplicate(where, assessment.id()))
                != ImportMerge.Found.ABSENT) {
            return;
        }
        if (scope.tx().members().find(assessment.member()).isEmpty()) {
            throw new ImportException(where, "member", Reason.of("member.not-found", assessment.member()), null);
        }
        if (scope.tx().fees().policy(assessment.year()).isEmpty()) {
            throw new ImportException(where, "year", Reason.of("fee.no-policy", assessment.year()), null);
        }
        Optional<FeeAssessment> sameYear = scope.tx().fees().assessmentsOf(assessment.member()).stream()
                .filter(a -> a.year() == assessment.year()).findFirst();
        if (sameYear.isPresent()) {
            // The store keeps one assessment a member and year: another one there before is a conflict.
            if (merge.met("fee-assessment", sameYear.get().id())) {
                throw new ImportException(where, "year",
                        Reason.of("fee.already-assessed", assessment.member(), assessment.year()), null);
            }
            merge.conflict(where, "fee-assessment", assessment.id());
            return;
        }
        if (assessment.population() != null) {
            requireFits(where, "population.source", assessment.population().source(), 200);
        }
        for (int i = 0; i < assessment.corrections().size(); i++) {
            requireFits(where, "corrections[" + i + "].reason", assessment.corrections().get(i).reason(), 500);
        }
        ProratedFee prorated = assessment.prorated();
        if (prorated.annualFee().isNegative() || prorated.amount().isNegative()
                || prorated.amount().isGreaterThan(prorated.annualFee())
                || prorated.owedUnits() < 0 || prorated.owedUnits() > prorated.unitsInYear()) {
            throw new ImportException(where, "amount", Reason.of("fee.inconsistent-amounts", prorated.amount(),
                    prorated.annualFee(), prorated.owedUnits() + "/" + prorated.unitsInYear()), null);
        }
        // The corrections are replayed, so an imported assessment obeys the rules of one made here.
        FeeAssessment replayed = new FeeAssessment(assessment.id(), assessment.member(), assessment.kind(),
                assessment.year(), assessment.population(), prorated, assessment.proration(), assessment.issuedOn(),
                assessment.dueOn(), assessment.graceUntil(), List.of(), 0);
        List<DomainEvent> events = new ArrayList<>();
        events.add(new FeeAssessed(replayed));
        for (int i = 0; i < assessment.corrections().size(); i++) {
            Decision<FeeAssessment> next = replayed.correct(assessment.corrections().get(i));
            if (next.isRejected()) {
                throw new ImportException(where, "corrections[" + i + "]", next.reasons().get(0), null);
            }
            replayed = next.orElseThrow();
            events.addAll(next.events());
        }
        long version = scope.tx().fees().save(replayed);
        scope.record(Decision.accepted(replayed, events), version);
        importedAssessments++;
    }

    @Override
    public void payment(RecordLocation where, Payment payment) {
        if (merge.settle(where, "fee-payment", payment.id(), scope.tx().fees().paymentsOf(payment.member()).stream()
                .filter(p -> p.id().equals(payment.id())).findFirst(), payment::equals, () -> duplicate(where, payment.id()))
                != ImportMerge.Found.ABSENT) {
            return;
        }
        if (scope.tx().members().find(payment.member()).isEmpty()) {
            throw new ImportException(where, "member", Reason.of("member.not-found", payment.member()), null);
        }
        if (!payment.amount().isPositive()) {
            throw new ImportException(where, "amount", Reason.of("fee.amount-not-positive", payment.amount()), null);
        }
        requireFits(where, "reference", payment.reference(), 100);
        if (payment.kind() == PaymentKind.PAYMENT) {
            Optional<FeeAssessment> paid = scope.tx().fees().assessment(payment.assessment())
                    .filter(a -> a.member().equals(payment.member()));
            if (paid.isEmpty()) {
                throw new ImportException(where, "assessment",
                        Reason.of("fee.assessment-not-found", payment.assessment()), null);
            }
            if (payment.on().isBefore(paid.get().issuedOn())) {
                throw new ImportException(where, "on",
                        Reason.of("fee.payment-before-assessment", payment.on(), paid.get().issuedOn()), null);
            }
        }
        addOnce(where, payment.id(), () -> scope.tx().fees().add(payment));
        scope.record(Decision.accepted(payment, new PaymentRecorded(payment)), 1);
        if (payment.kind() == PaymentKind.REFUND) {
            refunds.put(payment.id(), where);
            refundMembers.put(payment.id(), payment.member());
        }
        importedPayments++;
    }

    @Override
    public void hourBank(RecordLocation where, HourBank bank) {
        if (merge.settle(where, "hour-bank", bank.period(), scope.tx().advisories().bank(bank.period()),
                stored -> stored.withVersion(0).equals(bank.withVersion(0)),
                () -> new ImportException(where, "period", Reason.of("advisory.bank-exists", bank.period()), null))
                != ImportMerge.Found.ABSENT) {
            return;
        }
        if (bank.until().isBefore(bank.from())) {
            throw new ImportException(where, "until", Reason.of("advisory.period-dates", bank.from(), bank.until()), null);
        }
        if (bank.granted().compareTo(bank.reserved().plus(bank.consumed()).plus(bank.expired())) < 0) {
            throw new ImportException(where, "granted",
                    Reason.of("advisory.bank-insufficient", bank.reserved().plus(bank.consumed()).plus(bank.expired()),
                            bank.granted(), bank.period()), null);
        }
        // Stored empty; the end of the import checks that its entries add up to it and stores its totals.
        HourBank empty = HourBank.empty(bank.period(), bank.from(), bank.until());
        importedBanks.put(bank.period(), new ImportedBank(where, bank, scope.tx().advisories().save(empty)));
        importedBankCount++;
    }

    @Override
    public void ledgerEntry(RecordLocation where, LedgerEntry entry) {
        ImportedBank imported = importedBanks.get(entry.period());
        if (imported == null) {
            if (scope.tx().advisories().bank(entry.period()).isEmpty()) {
                throw new ImportException(where, "period", Reason.of("advisory.no-bank", entry.period()), null);
            }
            // A bank the store held before keeps its ledger as it is: an entry it lacks is a conflict.
            if (merge.settle(where, "ledger-entry", entry.id(), scope.tx().advisories().ledger(entry.period()).stream()
                    .filter(e -> e.id().equals(entry.id())).findFirst(), entry::equals, () -> duplicate(where, entry.id()))
                    == ImportMerge.Found.ABSENT) {
                merge.conflict(where, "ledger-entry", entry.id());
            }
            return;
        }
        if (entry.hours().isZero()) {
            throw new ImportException(where, "hours", Reason.of("advisory.hours-not-positive", entry.hours()), null);
        }
        if (!merge.meet("ledger-entry", entry.id())) {
            throw duplicate(where, entry.id());
        }
        // Summed whatever the order of the file (an export lists entries by id): checked at the end.
        imported.add(entry);
        addOnce(where, entry.id(), () -> scope.tx().advisories().add(entry));
        scope.record(Decision.accepted(entry, new HoursEntered(entry)), imported.version);
        importedEntries++;
    }

    @Override
    public void advisory(RecordLocation where, Advisory advisory) {
        if (merge.settle(where, "advisory", advisory.id(), scope.tx().advisories().advisory(advisory.id()),
                stored -> stored.withVersion(0).equals(advisory.withVersion(0)), () -> duplicate(where, advisory.id()))
                != ImportMerge.Found.ABSENT) {
            return;
        }
        if (scope.tx().advisories().bank(advisory.period()).isEmpty()) {
            throw new ImportException(where, "period", Reason.of("advisory.no-bank", advisory.period()), null);
        }
        for (int i = 0; i < advisory.requests().size(); i++) {
            AdvisoryRequest request = advisory.requests().get(i);
            if (scope.tx().members().find(request.member()).isEmpty()) {
                throw new ImportException(where, "requests[" + i + "].member",
                        Reason.of("member.not-found", request.member()), null);
            }
            if (scope.tx().people().find(request.person()).isEmpty()) {
                throw new ImportException(where, "requests[" + i + "].person",
                        Reason.of("person.not-found", request.person()), null);
            }
        }
        if (advisory.provider().person() != null && scope.tx().people().find(advisory.provider().person()).isEmpty()) {
            throw new ImportException(where, "provider.person", Reason.of("person.not-found", advisory.provider().person()),
                    null);
        }
        for (var partner : new cat.xarxa.partner.PartnerId[] {advisory.provider().partner(), advisory.coProvider()}) {
            if (partner != null && scope.tx().partners().find(partner).isEmpty()) {
                throw new ImportException(where, partner.equals(advisory.coProvider()) ? "coProvider" : "provider.partner",
                        Reason.of("partner.not-found", partner), null);
            }
        }
        if (advisory.mergedInto() != null) {
            mergedAdvisories.put(advisory, where);
        }
        long version = scope.tx().advisories().save(advisory.withVersion(0));
        scope.record(Decision.accepted(advisory, new AdvisoryChanged(advisory, "AdvisoryImported")), version);
        importedAdvisories++;
    }

    @Override
    public void advisoryProduct(RecordLocation where, AdvisoryProduct product) {
        if (scope.tx().advisories().advisory(product.advisory()).isEmpty()) {
            throw new ImportException(where, "advisory", Reason.of("advisory.not-found", product.advisory()), null);
        }
        if (merge.settle(where, "advisory-product", product.id(), scope.tx().advisories().product(product.id()),
                stored -> stored.withVersion(0).equals(product.withVersion(0)), () -> duplicate(where, product.id()))
                != ImportMerge.Found.ABSENT) {
            return;
        }
        long version = scope.tx().advisories().save(product.withVersion(0));
        scope.record(Decision.accepted(product, new ProductRecorded(product, "ProductImported")), version);
        importedProducts++;
    }

    @Override
    public void mentorProfile(RecordLocation where, MentorProfile profile) {
        if (scope.tx().people().find(profile.person()).isEmpty()) {
            throw new ImportException(where, "person", Reason.of("person.not-found", profile.person()), null);
        }
        if (scope.tx().members().find(profile.council()).isEmpty()) {
            throw new ImportException(where, "council", Reason.of("member.not-found", profile.council()), null);
        }
        if (merge.settle(where, "mentor-profile", profile.person(), scope.tx().mentorships().profile(profile.person()),
                stored -> stored.withVersion(0).equals(profile.withVersion(0)),
                () -> new ImportException(where, "person", Reason.of("import.duplicate-id", profile.person()), null))
                != ImportMerge.Found.ABSENT) {
            return;
        }
        long version = scope.tx().mentorships().save(profile.withVersion(0));
        scope.record(Decision.accepted(profile, new MentorOffered(profile)), version);
        importedProfiles++;
    }

    @Override
    public void mentorship(RecordLocation where, Mentorship mentorship) {
        if (merge.settle(where, "mentorship", mentorship.id(), scope.tx().mentorships().mentorship(mentorship.id()),
                stored -> stored.withVersion(0).equals(mentorship.withVersion(0)), () -> duplicate(where, mentorship.id()))
                != ImportMerge.Found.ABSENT) {
            return;
        }
        for (String field : List.of("mentor", "mentee")) {
            cat.xarxa.member.PersonId person = field.equals("mentor") ? mentorship.mentor() : mentorship.mentee();
            if (scope.tx().people().find(person).isEmpty()) {
                throw new ImportException(where, field, Reason.of("person.not-found", person), null);
            }
            MemberId council = field.equals("mentor") ? mentorship.mentorCouncil() : mentorship.menteeCouncil();
            if (scope.tx().members().find(council).isEmpty()) {
                throw new ImportException(where, field + "Council", Reason.of("member.not-found", council), null);
            }
        }
        if (mentorship.history().get(0).status() != cat.xarxa.mentorship.MentorshipStatus.PROPOSED) {
            throw new ImportException(where, "history[0]", Reason.of("mentorship.illegal-transition",
                    cat.xarxa.mentorship.MentorshipStatus.PROPOSED, mentorship.history().get(0).status()), null);
        }
        if (mentorship.mentor().equals(mentorship.mentee())) {
            throw new ImportException(where, "mentee", Reason.of("mentorship.self", mentorship.mentee()), null);
        }
        for (int i = 1; i < mentorship.history().size(); i++) {
            cat.xarxa.mentorship.MentorshipStep before = mentorship.history().get(i - 1);
            cat.xarxa.mentorship.MentorshipStep step = mentorship.history().get(i);
            if (!before.status().next().contains(step.status())) {
                throw new ImportException(where, "history[" + i + "]",
                        Reason.of("mentorship.illegal-transition", before.status(), step.status()), null);
            }
            if (step.on().isBefore(before.on())) {
                throw new ImportException(where, "history[" + i + "]",
                        Reason.of("mentorship.date-before-last", step.on(), before.on()), null);
            }
        }
        if (mentorship.startedOn().isPresent() && mentorship.endsOn() == null) {
            throw new ImportException(where, "endsOn", Reason.of("mentorship.no-end-date", mentorship.id()), null);
        }
        if (mentorship.status() == cat.xarxa.mentorship.MentorshipStatus.COMPLETED) {
            // As the command judges it: meetings held and documentation shared by the completion date.
            LocalDate completedOn = mentorship.history().get(mentorship.history().size() - 1).on();
            long held = mentorship.meetings().stream().filter(m -> !m.on().isAfter(completedOn)).count();
            if (held < Mentorship.MEETINGS_REQUIRED) {
                throw new ImportException(where, "meetings", Reason.of("mentorship.too-few-meetings",
                        held, Mentorship.MEETINGS_REQUIRED), null);
            }
            if (mentorship.documentation() == null || !mentorship.documentation().isGiven()
                    || mentorship.documentation().sharedOn().isAfter(completedOn)) {
                throw new ImportException(where, "documentation",
                        Reason.of("mentorship.no-documentation", mentorship.id()), null);
            }
        }
        long version = scope.tx().mentorships().save(mentorship.withVersion(0));
        scope.record(Decision.accepted(mentorship, new MentorshipChanged(mentorship, "MentorshipImported")), version);
        importedMentorships++;
    }

    @Override
    public void workingGroup(RecordLocation where, WorkingGroup group) {
        if (merge.settle(where, "working-group", group.id(), scope.tx().workingGroups().group(group.id()),
                stored -> stored.withVersion(0).equals(group.withVersion(0)), () -> duplicate(where, group.id()))
                != ImportMerge.Found.ABSENT) {
            return;
        }
        if (group.need() != null && scope.tx().needs().find(group.need()).isEmpty()) {
            throw new ImportException(where, "need", Reason.of("need.not-found", group.need()), null);
        }
        for (int i = 0; i < group.coordinators().size(); i++) {
            if (scope.tx().members().find(group.coordinators().get(i)).isEmpty()) {
                throw new ImportException(where, "coordinators[" + i + "]",
                        Reason.of("member.not-found", group.coordinators().get(i)), null);
            }
        }
        for (int i = 0; i < group.participants().size(); i++) {
            if (scope.tx().members().find(group.participants().get(i).council()).isEmpty()) {
                throw new ImportException(where, "participants[" + i + "].council",
                        Reason.of("member.not-found", group.participants().get(i).council()), null);
            }
        }
        for (int i = 0; i < group.products().size(); i++) {
            for (cat.xarxa.partner.PartnerId partner : group.products().get(i).partners()) {
                if (scope.tx().partners().find(partner).isEmpty()) {
                    throw new ImportException(where, "products[" + i + "].partners",
                            Reason.of("partner.not-found", partner), null);
                }
            }
        }
        if (group.history().get(0).status() != cat.xarxa.workinggroup.GroupStatus.PROPOSED) {
            throw new ImportException(where, "history[0]", Reason.of("group.illegal-transition",
                    cat.xarxa.workinggroup.GroupStatus.PROPOSED, group.history().get(0).status()), null);
        }
        for (int i = 1; i < group.history().size(); i++) {
            cat.xarxa.workinggroup.GroupStep before = group.history().get(i - 1);
            cat.xarxa.workinggroup.GroupStep step = group.history().get(i);
            if (!before.status().next().contains(step.status())) {
                throw new ImportException(where, "history[" + i + "]",
                        Reason.of("group.illegal-transition", before.status(), step.status()), null);
            }
            if (step.on().isBefore(before.on())) {
                throw new ImportException(where, "history[" + i + "]",
                        Reason.of("group.date-before-last", step.on(), before.on()), null);
            }
        }
        long version = scope.tx().workingGroups().save(group.withVersion(0));
        scope.record(Decision.accepted(group, new WorkingGroupChanged(group, "WorkingGroupImported")), version);
        importedGroups++;
    }

    @Override
    public void groupBudget(RecordLocation where, GroupBudget budget) {
        if (scope.tx().workingGroups().group(budget.group()).isEmpty()) {
            throw new ImportException(where, "group", Reason.of("group.not-found", budget.group()), null);
        }
        if (merge.settle(where, "group-budget", budget.group() + "/" + budget.year(),
                scope.tx().workingGroups().budget(budget.group(), budget.year()),
                stored -> stored.withVersion(0).equals(budget.withVersion(0)), () -> new ImportException(where, "year",
                        Reason.of("import.duplicate-id", budget.group() + "/" + budget.year()), null))
                != ImportMerge.Found.ABSENT) {
            return;
        }
        GroupBudget empty = GroupBudget.empty(budget.group(), budget.year());
        importedBudgets.put(budget.group() + "/" + budget.year(),
                new ImportedBudget(where, budget, scope.tx().workingGroups().save(empty)));
        importedBudgetCount++;
    }

    @Override
    public void budgetEntry(RecordLocation where, BudgetEntry entry) {
        ImportedBudget imported = importedBudgets.get(entry.group() + "/" + entry.year());
        if (imported == null) {
            if (scope.tx().workingGroups().budget(entry.group(), entry.year()).isEmpty()) {
                throw new ImportException(where, "group", Reason.of("group.not-found", entry.group() + "/" + entry.year()),
                        null);
            }
            // A budget the store held before keeps its ledger as it is: an entry it lacks is a conflict.
            if (merge.settle(where, "budget-entry", entry.id(), scope.tx().workingGroups().ledger(entry.group(),
                    entry.year()).stream().filter(e -> e.id().equals(entry.id())).findFirst(), entry::equals,
                    () -> duplicate(where, entry.id())) == ImportMerge.Found.ABSENT) {
                merge.conflict(where, "budget-entry", entry.id());
            }
            return;
        }
        if (!entry.amount().isPositive()) {
            throw new ImportException(where, "amount", Reason.of("group.amount-not-positive", entry.amount()), null);
        }
        if (entry.kind() == cat.xarxa.workinggroup.BudgetEntryKind.RELEASE && entry.commitment() == null) {
            throw new ImportException(where, "commitment", Reason.of("group.commitment-not-found", "—"), null);
        }
        if (!merge.meet("budget-entry", entry.id())) {
            throw duplicate(where, entry.id());
        }
        imported.add(entry);
        addOnce(where, entry.id(), () -> scope.tx().workingGroups().add(entry));
        scope.record(Decision.accepted(entry, new BudgetEntered(entry)), imported.version);
        importedBudgetEntries++;
    }

    /** Stores each imported budget with its totals once its entries add up to them. */
    private void finishBudgets() {
        for (ImportedBudget imported : importedBudgets.values()) {
            if (!imported.addsUp()) {
                throw new ImportException(imported.where, "allocated",
                        Reason.of("group.ledger-mismatch", imported.declared.group() + "/" + imported.declared.year()), null);
            }
            for (var settlement : imported.settled.keySet()) {
                if (!imported.commitments.contains(settlement)) {
                    throw new ImportException(imported.where, "commitment",
                            Reason.of("group.commitment-not-found", settlement), null);
                }
            }
            scope.tx().workingGroups().save(imported.declared.withVersion(imported.version));
        }
    }

    /** A budget being imported: its totals as written, and what its entries add up to (in cents). */
    private static final class ImportedBudget {
        private final RecordLocation where;
        private final GroupBudget declared;
        private final long version;
        private long allocated;
        private long increased;
        private long committed;
        private long spent;
        private final Set<cat.xarxa.workinggroup.BudgetEntryId> commitments = new HashSet<>();
        private final Map<cat.xarxa.workinggroup.BudgetEntryId, RecordLocation> settled = new LinkedHashMap<>();

        ImportedBudget(RecordLocation where, GroupBudget declared, long version) {
            this.where = where;
            this.declared = declared;
            this.version = version;
        }

        void add(BudgetEntry entry) {
            if (entry.kind() == cat.xarxa.workinggroup.BudgetEntryKind.COMMITMENT) {
                commitments.add(entry.id());
            } else if (entry.commitment() != null) {
                settled.put(entry.commitment(), where);
            }
            long cents = entry.amount().cents();
            switch (entry.kind()) {
                case ALLOCATION -> allocated += cents;
                case INCREASE -> increased += cents;
                case COMMITMENT -> committed += cents;
                case RELEASE -> committed -= cents;
                case EXPENSE -> {
                    if (entry.commitment() != null) {
                        committed -= cents;
                    }
                    spent += cents;
                }
            }
        }

        boolean addsUp() {
            return allocated == declared.allocated().cents() && increased == declared.increased().cents()
                    && committed == declared.committed().cents() && spent == declared.spent().cents()
                    && !declared.remaining().isNegative();
        }
    }

    /** Stores each imported bank with the totals of its entries, refusing one whose record says otherwise. */
    private void finishBanks() {
        for (ImportedBank imported : importedBanks.values()) {
            if (!imported.addsUp()) {
                throw new ImportException(imported.where, "granted",
                        Reason.of("advisory.ledger-mismatch", imported.declared.period()), null);
            }
            scope.tx().advisories().save(imported.declared.withVersion(imported.version));
        }
        for (Map.Entry<Advisory, RecordLocation> merged : mergedAdvisories.entrySet()) {
            if (scope.tx().advisories().advisory(merged.getKey().mergedInto()).isEmpty()) {
                throw new ImportException(merged.getValue(), "mergedInto",
                        Reason.of("advisory.not-found", merged.getKey().mergedInto()), null);
            }
        }
    }

    /**
     * Checks what can only be checked once every record is in: each imported refund, taken in
     * date order as the commands would have taken it, fits the credit there was.
     *
     * @throws ImportException naming the first refund that does not
     */
    void finish() {
        finishBanks();
        finishBudgets();
        Map<MemberId, List<Payment>> byMember = new LinkedHashMap<>();
        for (PaymentId id : refunds.keySet()) {
            scope.tx().fees().paymentsOf(memberOfRefund(id)).forEach(p -> byMember.computeIfAbsent(p.member(),
                    m -> new ArrayList<>()).add(p));
        }
        byMember.forEach((member, payments) -> {
            List<FeeAssessment> assessments = scope.tx().fees().assessmentsOf(member);
            List<Payment> earlier = new ArrayList<>(payments.stream().filter(p -> p.kind() == PaymentKind.PAYMENT).toList());
            for (Payment refund : payments.stream().filter(p -> p.kind() == PaymentKind.REFUND).toList()) {
                Money credit = FeeAccount.lowestCreditFrom(member, assessments, earlier, refund.on());
                if (refund.amount().isGreaterThan(credit) && refunds.containsKey(refund.id())) {
                    throw new ImportException(refunds.get(refund.id()), "amount",
                            Reason.of("fee.refund-exceeds-credit", refund.amount(), credit), null);
                }
                earlier.add(refund);
            }
        });
    }

    private MemberId memberOfRefund(PaymentId id) {
        return refundMembers.get(id);
    }

    /** Refuses a record that breaks its constraints, naming the first broken one. */
    private static void requireValid(RecordLocation where, Object data) {
        List<Violation> violations = CommandValidator.violationsOf(data);
        if (!violations.isEmpty()) {
            Violation first = violations.get(0);
            throw new ImportException(where, first.field(), first::message, null);
        }
    }

    /** A bank being imported: where it was read, its totals as written, and what its entries add up to so far. */
    private static final class ImportedBank {
        private final RecordLocation where;
        private final HourBank declared;
        private final long version;
        private long granted;
        private long reserved;
        private long consumed;
        private long expired;

        ImportedBank(RecordLocation where, HourBank declared, long version) {
            this.where = where;
            this.declared = declared;
            this.version = version;
        }

        void add(LedgerEntry entry) {
            long minutes = entry.hours().toMinutes();
            switch (entry.kind()) {
                case GRANT, ENLARGEMENT -> granted += minutes;
                case RESERVATION -> reserved += minutes;
                case RELEASE -> reserved -= minutes;
                case CONSUMPTION -> {
                    reserved -= minutes;
                    consumed += minutes;
                }
                case EXPIRY -> expired += minutes;
            }
        }

        boolean addsUp() {
            return granted == declared.granted().toMinutes() && reserved == declared.reserved().toMinutes()
                    && consumed == declared.consumed().toMinutes() && expired == declared.expired().toMinutes();
        }
    }

    /** Refuses a text longer than the store keeps, as the commands do. */
    private static void requireFits(RecordLocation where, String field, String text, int max) {
        if (text.length() > max) {
            throw new ImportException(where, field, Reason.of("import.too-long", text.length(), max), null);
        }
    }

    /** A member that must already be in the store (imported before, or there before the import). */
    private MemberId existingMember(RecordLocation where, String text) {
        MemberId member = new MemberId(uuid(where, "member", text));
        if (scope.tx().members().find(member).isEmpty()) {
            throw new ImportException(where, "member", Reason.of("member.not-found", member), null);
        }
        return member;
    }

    private static UUID uuid(RecordLocation where, String field, String text) {
        try {
            return UUID.fromString(text.trim());
        } catch (IllegalArgumentException e) {
            throw new ImportException(where, field, Reason.of("import.not-an-id", text), e);
        }
    }

    private static PersonId optionalPerson(RecordLocation where, String field, String text) {
        return text == null || text.isBlank() ? null : new PersonId(uuid(where, field, text));
    }

    @Override
    public void partner(RecordLocation where, PartnerData data) {
        requireValid(where, data);
        PartnerId id = new PartnerId(uuid(where, "id", data.id()));
        String name = data.name().trim();
        Partner partner = new Partner(id, name, data.kind(), trimmedOrEmpty(data.website()),
                optionalPerson(where, "contactPerson", data.contactPerson()), 0);
        if (merge.settle(where, "partner", id, scope.tx().partners().find(id),
                stored -> stored.withVersion(0).equals(partner), () -> duplicate(where, id)) != ImportMerge.Found.ABSENT) {
            return;
        }
        if (scope.tx().partners().findByName(name).isPresent()) {
            throw new ImportException(where, "name", Reason.of("partner.already-registered", name), null);
        }
        long version = scope.tx().partners().save(partner);
        scope.record(Decision.accepted(partner, new PartnerRegistered(partner)), version);
        importedPartners++;
    }

    @Override
    public void need(RecordLocation where, NeedData data) {
        requireValid(where, data);
        NeedId id = new NeedId(uuid(where, "id", data.id()));
        Optional<Need> stored = scope.tx().needs().find(id);
        if (stored.isPresent() && merge.met("need", id)) {
            throw duplicate(where, id);
        }
        MemberId member = existingMember(where, data.member());
        if (!needCategories.contains(data.category())) {
            throw new ImportException(where, "category",
                    Reason.of("need.unknown-category", data.category(), String.join(", ", needCategories)), null);
        }
        if (data.expectedOn() != null && data.expectedOn().isBefore(data.raisedOn())) {
            throw new ImportException(where, "expectedOn",
                    Reason.of("need.expected-before-raised", data.expectedOn(), data.raisedOn()), null);
        }
        Need need = new Need(id, member, data.category(), data.description().trim(), data.raisedOn(), data.expectedOn(),
                List.of(), 0);
        // The follow-ups are replayed, so an imported log obeys the same rules as one built here.
        for (int i = 0; i < data.followUps().size(); i++) {
            NeedData.Entry entry = data.followUps().get(i);
            Decision<Need> next = need.followUp(entry.on(), entry.status(), orEmpty(entry.note()));
            if (next.isRejected()) {
                throw new ImportException(where, "followUps[" + i + "]", next.reasons().get(0), null);
            }
            need = next.orElseThrow();
        }
        Need restored = need;
        if (merge.settle(where, "need", id, stored, s -> s.withVersion(0).equals(restored), () -> duplicate(where, id))
                != ImportMerge.Found.ABSENT) {
            return;
        }
        long version = scope.tx().needs().save(need);
        scope.record(Decision.accepted(need, new NeedRaised(need)), version);
        importedNeeds++;
    }

    @Override
    public void contact(RecordLocation where, ContactData data) {
        requireValid(where, data);
        Contact contact = new Contact(new ContactId(uuid(where, "id", data.id())), existingMember(where, data.member()),
                data.on(), data.channel(), data.topic(), orEmpty(data.note()),
                optionalPerson(where, "person", data.person()));
        if (merge.settle(where, "contact", contact.id(), scope.tx().careLog().contactsOf(contact.member()).stream()
                .filter(c -> c.id().equals(contact.id())).findFirst(), contact::equals, () -> duplicate(where, contact.id()))
                != ImportMerge.Found.ABSENT) {
            return;
        }
        addOnce(where, contact.id(), () -> scope.tx().careLog().add(contact));
        scope.record(Decision.accepted(contact, new ContactLogged(contact)), 1);
        importedContacts++;
    }

    @Override
    public void meeting(RecordLocation where, MeetingData data) {
        requireValid(where, data);
        List<PersonId> attendees = data.attendees().stream().map(a -> new PersonId(uuid(where, "attendees", a))).toList();
        OnboardingMeeting meeting = new OnboardingMeeting(new MeetingId(uuid(where, "id", data.id())),
                existingMember(where, data.member()), data.on(), data.format(), attendees,
                orEmpty(data.notes()));
        if (merge.settle(where, "meeting", meeting.id(), scope.tx().careLog().meetingsOf(meeting.member()).stream()
                .filter(m -> m.id().equals(meeting.id())).findFirst(), meeting::equals, () -> duplicate(where, meeting.id()))
                != ImportMerge.Found.ABSENT) {
            return;
        }
        addOnce(where, meeting.id(), () -> scope.tx().careLog().add(meeting));
        scope.record(Decision.accepted(meeting, new OnboardingMeetingHeld(meeting)), 1);
        importedMeetings++;
    }

    @Override
    public void member(RecordLocation where, MemberData data) {
        requireValid(where, data);
        MemberId id = new MemberId(uuid(where, "id", data.id()));
        List<StatusChange> history = data.history().stream()
                .map(s -> new StatusChange(s.status(), s.since(), s.reference())).toList();
        Optional<Reason> historyProblem = MemberRules.historyProblem(history);
        if (historyProblem.isPresent()) {
            throw new ImportException(where, "history", historyProblem.get(), null);
        }
        Optional<Member> stored = scope.tx().members().find(id);
        if (stored.isPresent() && merge.met("member", id)) {
            throw duplicate(where, id);
        }
        String officialCode = data.kind() == MemberKind.OTHER_PUBLIC_BODY ? TaxId.normalise(data.officialCode())
                : data.officialCode();
        List<Population> population = data.population().stream()
                .map(f -> new Population(f.year(), f.inhabitants(), f.source().trim())).toList();
        if (population.stream().map(Population::year).distinct().count() != population.size()) {
            throw new ImportException(where, "population", Reason.of("import.duplicate-year"), null);
        }
        List<Mandate> mandates = new ArrayList<>();
        for (int i = 0; i < data.mandates().size(); i++) {
            MemberData.Term term = data.mandates().get(i);
            PersonId person = new PersonId(uuid(where, "mandates[" + i + "].person", term.person()));
            if (term.to() != null && !term.to().isAfter(term.from())) {
                throw new ImportException(where, "mandates[" + i + "].to",
                        Reason.of("mandate.date-before-start", term.to(), term.from()), null);
            }
            mandates.add(new Mandate(person, term.role(), term.from(), term.to()));
        }
        Optional<Reason> mandatesProblem = MemberRules.mandatesProblem(mandates);
        if (mandatesProblem.isPresent()) {
            throw new ImportException(where, "mandates", mandatesProblem.get(), null);
        }
        Member member = Member.restore(id, data.kind(), officialCode, data.name().trim(), history, population, mandates, 0);
        if (merge.settle(where, "member", id, stored, s -> s.withVersion(0).equals(member), () -> duplicate(where, id))
                != ImportMerge.Found.ABSENT) {
            return;
        }
        Optional<Member> sameCode = scope.tx().members().findByOfficialCode(data.kind(), officialCode);
        Optional<Reason> taken = sameCode.map(m -> Reason.of("member.already-registered", officialCode, m.name(), m.status()));
        if (taken.isPresent()) {
            throw new ImportException(where, "officialCode", taken.get(), null);
        }
        long version = scope.tx().members().save(member);
        scope.record(Decision.accepted(member, new MemberImported(id, member.officialCode(), member.status(), format)), version);
        imported++;
    }

    @Override
    public void person(RecordLocation where, PersonData data) {
        requireValid(where, data);
        PersonId id = new PersonId(uuid(where, "id", data.id()));
        Set<String> tags = new TreeSet<>();
        data.expertise().forEach(area -> tags.add(Expertise.normalise(area)));
        Person person = new Person(id, data.name().trim(), trimmedOrEmpty(data.email()), trimmedOrEmpty(data.phone()), tags, 0);
        if (merge.settle(where, "person", id, scope.tx().people().find(id), s -> s.withVersion(0).equals(person),
                () -> duplicate(where, id)) != ImportMerge.Found.ABSENT) {
            return;
        }
        long version = scope.tx().people().save(person);
        scope.record(Decision.accepted(person, new PersonRegistered(id, tags)), version);
        importedPeople++;
    }

    /**
     * Adds a log entry; an id another member's stored entry already has is a duplicate record,
     * not a conflict to retry. (A store that writes behind finds it only at commit.)
     */
    private static void addOnce(RecordLocation where, Object id, Runnable add) {
        try {
            add.run();
        } catch (cat.xarxa.common.ConcurrentUpdateException e) {
            throw new ImportException(where, "id", Reason.of("import.duplicate-id", id), e);
        }
    }

    /** A record whose id this import met before, or that another record of the store has. */
    private static ImportException duplicate(RecordLocation where, Object id) {
        return new ImportException(where, "id", Reason.of("import.duplicate-id", id), null);
    }

    /** The text trimmed, or empty for none: for names, addresses and numbers. */
    private static String trimmedOrEmpty(String text) {
        return text == null ? "" : text.trim();
    }

    /** The text as written, or empty for none: notes keep every character, so a round trip is exact. */
    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }



    /** What was imported, for the report. */
    ImportReport report() {
        return new ImportReport(format, imported, importedPeople, importedPartners, importedNeeds, importedContacts,
                importedMeetings, importedPolicies, importedAssessments, importedPayments, importedBankCount, importedEntries,
                importedAdvisories, importedProducts, importedProfiles, importedMentorships, importedGroups,
                importedBudgetCount, importedBudgetEntries, governance.seats, governance.events, governance.decisions,
                governance.calls, governance.submissions, governance.trainings, governance.plans, merge.unchanged(),
                merge.conflicts());
    }
}
