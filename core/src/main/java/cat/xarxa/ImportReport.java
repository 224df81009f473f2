package cat.xarxa;

import java.util.List;

/**
 * What an import brought in. An import refused on a record brings in nothing; one that is not
 * refused brings in every record it counts, including when it lists conflicts (see
 * {@link ImportMode#MERGE}).
 *
 * @param format   the format read, e.g. {@code json}
 * @param members  how many members were imported
 * @param people   how many people were imported
 * @param partners how many partner organisations were imported
 * @param needs    how many needs were imported
 * @param contacts how many logged contacts were imported
 * @param meetings how many onboarding meetings were imported
 * @param feePolicies how many fee policies were imported
 * @param assessments how many fee assessments were imported
 * @param payments    how many fee payments and refunds were imported
 * @param hourBanks     how many hour banks were imported
 * @param ledgerEntries how many entries of their ledgers were imported
 * @param advisories    how many advisories were imported
 * @param advisoryProducts how many advisory materials were imported
 * @param mentorProfiles   how many mentor profiles were imported
 * @param mentorships      how many mentorships were imported
 * @param workingGroups    how many working groups were imported
 * @param groupBudgets     how many working groups' yearly budgets were imported
 * @param budgetEntries    how many entries of those budgets were imported
 * @param bodySeats        how many seats on the network's bodies were imported
 * @param events           how many events of the calendar were imported
 * @param decisions        how many assembly decisions were imported
 * @param practiceCalls    how many calls for good practices were imported
 * @param practiceSubmissions how many submitted practices were imported
 * @param trainings        how many open trainings were imported
 * @param workPlans        how many work plans were imported
 * @param unchanged        how many records of any kind the store already held, identical, and
 *                         were left as they were (only in {@link ImportMode#MERGE})
 * @param conflicts        the records the store already held with other data, in the order read:
 *                         not written, the stored ones kept (only in {@link ImportMode#MERGE})
 */
public record ImportReport(String format, long members, long people, long partners, long needs, long contacts,
                           long meetings, long feePolicies, long assessments, long payments, long hourBanks,
                           long ledgerEntries, long advisories, long advisoryProducts, long mentorProfiles,
                           long mentorships, long workingGroups, long groupBudgets, long budgetEntries,
                           long bodySeats, long events, long decisions, long practiceCalls, long practiceSubmissions,
                           long trainings, long workPlans, long unchanged, List<ImportConflict> conflicts) {

    public ImportReport {
        conflicts = List.copyOf(conflicts);
    }

    /** A report of an import that met no record the store already held. */
    public ImportReport(String format, long members, long people, long partners, long needs, long contacts,
                        long meetings, long feePolicies, long assessments, long payments, long hourBanks,
                        long ledgerEntries, long advisories, long advisoryProducts, long mentorProfiles,
                        long mentorships, long workingGroups, long groupBudgets, long budgetEntries,
                        long bodySeats, long events, long decisions, long practiceCalls, long practiceSubmissions,
                        long trainings, long workPlans) {
        this(format, members, people, partners, needs, contacts, meetings, feePolicies, assessments, payments, hourBanks,
                ledgerEntries, advisories, advisoryProducts, mentorProfiles, mentorships, workingGroups, groupBudgets,
                budgetEntries, bodySeats, events, decisions, practiceCalls, practiceSubmissions, trainings, workPlans, 0,
                List.of());
    }

    /** How many records were imported, of every kind. */
    public long imported() {
        return members + people + partners + needs + contacts + meetings + feePolicies + assessments + payments
                + hourBanks + ledgerEntries + advisories + advisoryProducts + mentorProfiles + mentorships + workingGroups
                + groupBudgets + budgetEntries + bodySeats + events + decisions + practiceCalls + practiceSubmissions
                + trainings + workPlans;
    }

    /** A report with no governance, good-practice or work-plan records. */
    public ImportReport(String format, long members, long people, long partners, long needs, long contacts,
                        long meetings, long feePolicies, long assessments, long payments, long hourBanks,
                        long ledgerEntries, long advisories, long advisoryProducts, long mentorProfiles,
                        long mentorships, long workingGroups, long groupBudgets, long budgetEntries) {
        this(format, members, people, partners, needs, contacts, meetings, feePolicies, assessments, payments, hourBanks,
                ledgerEntries, advisories, advisoryProducts, mentorProfiles, mentorships, workingGroups, groupBudgets,
                budgetEntries, 0, 0, 0, 0, 0, 0, 0);
    }

    /** A report with no working-group records. */
    public ImportReport(String format, long members, long people, long partners, long needs, long contacts,
                        long meetings, long feePolicies, long assessments, long payments, long hourBanks,
                        long ledgerEntries, long advisories, long advisoryProducts, long mentorProfiles,
                        long mentorships) {
        this(format, members, people, partners, needs, contacts, meetings, feePolicies, assessments, payments, hourBanks,
                ledgerEntries, advisories, advisoryProducts, mentorProfiles, mentorships, 0, 0, 0);
    }

    /** A report with no mentorship records. */
    public ImportReport(String format, long members, long people, long partners, long needs, long contacts,
                        long meetings, long feePolicies, long assessments, long payments, long hourBanks,
                        long ledgerEntries, long advisories, long advisoryProducts) {
        this(format, members, people, partners, needs, contacts, meetings, feePolicies, assessments, payments, hourBanks,
                ledgerEntries, advisories, advisoryProducts, 0, 0, 0, 0, 0);
    }

    /** A report with no advisory records. */
    public ImportReport(String format, long members, long people, long partners, long needs, long contacts,
                        long meetings, long feePolicies, long assessments, long payments) {
        this(format, members, people, partners, needs, contacts, meetings, feePolicies, assessments, payments, 0, 0, 0, 0,
                0, 0, 0, 0, 0);
    }

    /** A report with no fee records. */
    public ImportReport(String format, long members, long people, long partners, long needs, long contacts,
                        long meetings) {
        this(format, members, people, partners, needs, contacts, meetings, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** A report of members only. */
    public ImportReport(String format, long members) {
        this(format, members, 0);
    }

    /** A report of members and people only. */
    public ImportReport(String format, long members, long people) {
        this(format, members, people, 0, 0, 0, 0);
    }
}
