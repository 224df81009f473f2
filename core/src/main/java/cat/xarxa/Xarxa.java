package cat.xarxa;

import cat.xarxa.common.ConfigurationException;
import cat.xarxa.common.IdSource;
import cat.xarxa.common.JournalEntry;
import cat.xarxa.common.Reason;
import cat.xarxa.common.StorageException;
import cat.xarxa.advisory.Advisories;
import cat.xarxa.advisory.AdvisoryPackage;
import cat.xarxa.advisory.AdvisoryTopics;
import cat.xarxa.fee.CustomFeeCalculator;
import cat.xarxa.mentorship.MentorshipTerms;
import cat.xarxa.workinggroup.WorkingGroups;
import cat.xarxa.mentorship.Mentorships;
import cat.xarxa.fee.FeeAssessment;
import cat.xarxa.fee.FeePolicy;
import cat.xarxa.fee.MemberFees;
import cat.xarxa.fee.Payment;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberId;
import cat.xarxa.care.MemberCare;
import cat.xarxa.care.NeedCategories;
import cat.xarxa.member.Membership;
import cat.xarxa.partner.PartnerRegistry;
import cat.xarxa.member.PeopleDirectory;
import cat.xarxa.member.RightsPolicy;
import cat.xarxa.member.StandingPolicy;
import cat.xarxa.member.StatutoryRights;
import cat.xarxa.spi.EventListener;
import cat.xarxa.spi.ExportFormat;
import cat.xarxa.spi.ExportSource;
import cat.xarxa.spi.FormatProvider;
import cat.xarxa.spi.ImportFormat;
import cat.xarxa.spi.Storage;
import cat.xarxa.spi.StorageConfig;
import cat.xarxa.spi.StorageProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The entry point of the library: one network's data and the operations on it.
 *
 * <pre>{@code
 * try (Xarxa xarxa = Xarxa.open(Map.of())) {            // embedded H2 with xarxa-adapters-jdbc
 *     MemberId sabadell = xarxa.members()
 *         .apply(new ApplyForMembership(IneCode.parse("081878"), LocalDate.of(2026, 3, 2)))
 *         .orElseThrow();
 * }
 * }</pre>
 *
 * <p>Settings ({@code xarxa.*}) choose the storage ({@code xarxa.storage}) and configure it
 * (e.g. {@code xarxa.jdbc.url}); see {@code docs/spi.md}. An instance is thread-safe and meant to
 * live as long as the application; close it to release the store.
 */
public final class Xarxa implements AutoCloseable {

    /** Names the storage provider to use, e.g. {@code jdbc} or {@code memory}. */
    public static final String STORAGE = "xarxa.storage";

    /** The setting for where the host application shows an event: a template with {@code {id}}. */
    public static final String EVENT_LINKS = "xarxa.events.link";
    /**
     * The time zone that decides what "today" is unless the builder is given a clock: the
     * Catalan network's. Servers often run in UTC; a request made just after midnight in
     * Barcelona is still dated today.
     */
    public static final java.time.ZoneId NETWORK_ZONE = java.time.ZoneId.of("Europe/Madrid");

    /** The file on the class path {@link #open()} reads. */
    public static final String PROPERTIES_FILE = "xarxa.properties";

    private final Storage storage;
    private final UnitOfWork work;
    private final Formats formats;
    private final MembershipService members;
    private final PeopleService people;
    private final PartnerService partners;
    private final CareService care;
    private final FeeService fees;
    private final AdvisoryDesk advisories;
    private final MentorshipDesk mentorships;
    private final WorkingGroupDesk workingGroups;
    private final GovernanceDesk governance;
    private final WorkPlanDesk workPlans;
    private final PracticeDesk goodPractices;
    private final KnowledgeDesk knowledge;
    private final PrivacyDesk privacy;
    private final EventLinks eventLinks;
    private final Clock clock;

    private Xarxa(Storage storage, UnitOfWork work, Formats formats, IdSource ids, Clock clock, Builder builder,
                  Map<String, CustomFeeCalculator> calculators) {
        this.storage = storage;
        this.work = work;
        this.formats = formats;
        this.fees = new FeeService(work, ids, calculators);
        StandingPolicy standing = builder.standingPolicy != null ? builder.standingPolicy : fees::standingOn;
        RightsPolicy rights = builder.rightsPolicy != null ? builder.rightsPolicy
                : new StatutoryRights(standing, builder.arrearsRemoveVote);
        this.members = new MembershipService(work, ids, clock, rights);
        this.advisories = new AdvisoryDesk(work, ids, members, builder.advisoryTopics, builder.advisoryPackages);
        this.mentorships = new MentorshipDesk(work, ids, members, builder.mentorshipTerms);
        this.workingGroups = new WorkingGroupDesk(work, ids);
        this.people = new PeopleService(work, ids);
        this.partners = new PartnerService(work, ids);
        this.care = new CareService(work, ids, builder.needCategories);
        this.governance = new GovernanceDesk(work, ids, clock, new AssemblyVotes(work, ids, rights, builder.votingRules,
                members, fees, workingGroups, advisories));
        this.workPlans = new WorkPlanDesk(work, ids);
        this.goodPractices = new PracticeDesk(work, ids);
        this.knowledge = new KnowledgeDesk(work);
        this.privacy = new PrivacyDesk(work, clock, builder.retention);
        this.eventLinks = EventLinks.of(builder.eventLinks != null ? builder.eventLinks : builder.settings.get(EVENT_LINKS));
        this.clock = clock;
    }

    /** Opens Xarxa with these settings and everything else by default. */
    public static Xarxa open(Map<String, String> settings) {
        return builder().settings(settings).build();
    }

    /** Opens Xarxa with settings from a {@link Properties} object, e.g. a portal's configuration. */
    public static Xarxa open(Properties properties) {
        Map<String, String> settings = new HashMap<>();
        properties.stringPropertyNames().forEach(k -> settings.put(k, properties.getProperty(k)));
        return open(settings);
    }

    /**
     * Opens Xarxa with the settings of {@value #PROPERTIES_FILE} on the class path (read as
     * UTF-8), or the defaults if there is none.
     */
    public static Xarxa open() {
        Properties properties = new Properties();
        try (InputStream in = Thread.currentThread().getContextClassLoader() == null ? null
                : Thread.currentThread().getContextClassLoader().getResourceAsStream(PROPERTIES_FILE)) {
            if (in != null) {
                properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new ConfigurationException(Reason.of("config.unreadable-properties", PROPERTIES_FILE, e.getMessage()), e);
        }
        return open(properties);
    }

    /** A builder for everything that can be set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Members: applications, admissions, withdrawals. */
    public Membership members() {
        return members;
    }

    /** People of the network (representatives, technicians, contacts) and the directory of expertise. */
    public PeopleDirectory people() {
        return people;
    }

    /** The partner organisations of the ecosystem. */
    public PartnerRegistry partners() {
        return partners;
    }

    /** Onboarding and care of members: meetings, needs, the contact log, the needs report. */
    public MemberCare care() {
        return care;
    }

    /** Annual fees: policies, the annual run, payments, statements, reminders, standing, reports. */
    public MemberFees fees() {
        return fees;
    }

    /** The advisory hour bank: its ledger, requests, joint advisories, sessions, providers, materials. */
    public Advisories advisories() {
        return advisories;
    }

    /** The mentorship programme: mentors, proposals, mentorships, their meetings and documentation. */
    public Mentorships mentorships() {
        return mentorships;
    }

    /** Working groups: lifecycle, participants, meetings, products with partners, yearly budgets. */
    public WorkingGroups workingGroups() {
        return workingGroups;
    }

    /**
     * Governance: seats on the bodies, the calendar of events with attendance, the check of a year
     * against a calendar template, and the assembly's decisions with their votes.
     */
    public cat.xarxa.governance.Governance governance() {
        return governance;
    }

    /** Work plans: lines, objectives and actions with who answers for them, and their progress. */
    public cat.xarxa.workplan.WorkPlans workPlans() {
        return workPlans;
    }

    /** The good-practices bank (calls, submissions, review, sheets, publication) and open trainings. */
    public cat.xarxa.practice.GoodPractices goodPractices() {
        return goodPractices;
    }

    /** What the network knows about a topic, across practices, trainings, materials, products and mentorships. */
    public cat.xarxa.knowledge.SharedKnowledge knowledge() {
        return knowledge;
    }

    /**
     * Personal data: a person's subject access, their erasure (pseudonymisation) and who is due for
     * it under the retention policy; see {@code docs/privacy.md}.
     */
    public cat.xarxa.privacy.Privacy privacy() {
        return privacy;
    }

    /** The journal entries of one aggregate, oldest first: its audit history. */
    public List<JournalEntry> history(String aggregateType, String aggregateId) {
        return work.read(tx -> tx.journal().entriesFor(aggregateType, aggregateId));
    }

    /** The audit history of a member. */
    public List<JournalEntry> history(MemberId member) {
        return history(Member.AGGREGATE_TYPE, member.toString());
    }

    /**
     * Writes the network's data in a format, streaming. The stream is not closed.
     *
     * @throws ConfigurationException if no format has that name (the message lists those there are)
     * @throws UncheckedIOException   if writing fails
     */
    public void export(String format, OutputStream out) {
        Objects.requireNonNull(out, "out");
        ExportFormat exporter = formats.export(format);
        work.read(tx -> {
            try {
                exporter.write(new ExportSource() {
                    @Override
                    public Stream<Member> members() {
                        return tx.members().all();
                    }

                    @Override
                    public java.time.LocalDate asOf() {
                        return java.time.LocalDate.now(clock);
                    }

                    @Override
                    public Stream<cat.xarxa.member.Person> people() {
                        return tx.people().all();
                    }

                    @Override
                    public Stream<cat.xarxa.partner.Partner> partners() {
                        return tx.partners().all();
                    }

                    @Override
                    public Stream<cat.xarxa.care.Need> needs() {
                        return tx.needs().all();
                    }

                    @Override
                    public Stream<cat.xarxa.care.Contact> contacts() {
                        return tx.careLog().contacts();
                    }

                    @Override
                    public Stream<cat.xarxa.care.OnboardingMeeting> meetings() {
                        return tx.careLog().meetings();
                    }

                    @Override
                    public Stream<FeePolicy> feePolicies() {
                        return tx.fees().policies();
                    }

                    @Override
                    public Stream<FeeAssessment> assessments() {
                        return tx.fees().assessments();
                    }

                    @Override
                    public Stream<Payment> payments() {
                        return tx.fees().payments();
                    }

                    @Override
                    public Stream<cat.xarxa.advisory.HourBank> hourBanks() {
                        return tx.advisories().banks();
                    }

                    @Override
                    public Stream<cat.xarxa.advisory.LedgerEntry> ledgerEntries() {
                        return tx.advisories().entries();
                    }

                    @Override
                    public Stream<cat.xarxa.advisory.Advisory> advisories() {
                        return tx.advisories().advisories();
                    }

                    @Override
                    public Stream<cat.xarxa.advisory.AdvisoryProduct> advisoryProducts() {
                        return tx.advisories().products();
                    }

                    @Override
                    public Stream<cat.xarxa.mentorship.MentorProfile> mentorProfiles() {
                        return tx.mentorships().profiles();
                    }

                    @Override
                    public Stream<cat.xarxa.mentorship.Mentorship> mentorships() {
                        return tx.mentorships().mentorships();
                    }

                    @Override
                    public Stream<cat.xarxa.workinggroup.WorkingGroup> workingGroups() {
                        return tx.workingGroups().groups();
                    }

                    @Override
                    public Stream<cat.xarxa.workinggroup.GroupBudget> groupBudgets() {
                        return tx.workingGroups().budgets();
                    }

                    @Override
                    public Stream<cat.xarxa.workinggroup.BudgetEntry> budgetEntries() {
                        return tx.workingGroups().entries();
                    }

                    @Override
                    public Stream<cat.xarxa.governance.BodySeat> bodySeats() {
                        return tx.governance().seats();
                    }

                    @Override
                    public Stream<cat.xarxa.governance.NetworkEvent> events() {
                        return tx.governance().events();
                    }

                    @Override
                    public java.util.Optional<java.net.URI> linkTo(cat.xarxa.governance.NetworkEvent event) {
                        return eventLinks.linkTo(event.id());
                    }

                    @Override
                    public Stream<cat.xarxa.governance.AssemblyDecision> decisions() {
                        return tx.governance().decisions();
                    }

                    @Override
                    public Stream<cat.xarxa.practice.PracticeCall> practiceCalls() {
                        return tx.practices().calls();
                    }

                    @Override
                    public Stream<cat.xarxa.practice.PracticeSubmission> practiceSubmissions() {
                        return tx.practices().submissions();
                    }

                    @Override
                    public Stream<cat.xarxa.practice.Training> trainings() {
                        return tx.practices().trainings();
                    }

                    @Override
                    public Stream<cat.xarxa.workplan.WorkPlan> workPlans() {
                        return tx.workPlans().plans();
                    }
                }, out);
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Reads data written by {@link #export} and stores it in {@link ImportMode#MERGE}: as
     * {@link #importFrom(String, InputStream, ImportMode)}. Re-importing the same snapshot changes
     * nothing; a record the store already holds with other data is never overwritten but listed in
     * {@link ImportReport#conflicts()}.
     *
     * @throws cat.xarxa.spi.ImportException naming the first wrong record
     * @throws ConfigurationException        if no import format has that name
     */
    public ImportReport importFrom(String format, InputStream in) {
        return importFrom(format, in, ImportMode.MERGE);
    }

    /**
     * Reads data written by {@link #export} and stores it in one unit of work (one transaction
     * on a JDBC store).
     *
     * <p>Every record is checked as today's commands would check it, its references included:
     * if any record is wrong, nothing is imported and the exception names the record and the
     * field. A record met twice in the same input is wrong too.
     *
     * <p>In {@link ImportMode#EMPTY_STORE} a store that already holds any record refuses the
     * import before anything is read ({@code import.store-not-empty}).
     *
     * <p>In {@link ImportMode#MERGE} each record is looked up by its id, or by the key the store
     * keeps it by (a fee policy by its year, an hour bank by its period, a group's budget by
     * group and year, a mentor profile by its person, an assessment also by member and year, a
     * decision also by its reference). A record the store does not hold is checked and stored;
     * one it holds identical (every field but the stored version) is left as it is, journals
     * nothing and is counted in {@link ImportReport#unchanged()}; one it holds with other data is
     * a conflict: the stored record is kept, the imported one is not written and is listed in
     * {@link ImportReport#conflicts()}. An import with conflicts is not refused: it commits the
     * records that do not conflict, and the caller decides what to do with the conflicts. An
     * entry of an hour bank's or a budget's ledger whose bank or budget the store held before
     * is only compared, never added, so the stored totals always add up.
     *
     * @throws cat.xarxa.spi.ImportException naming the first wrong record, or the store that is not empty
     * @throws ConfigurationException        if no import format has that name
     */
    public ImportReport importFrom(String format, InputStream in, ImportMode mode) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(mode, "mode");
        ImportFormat importer = formats.importing(format);
        return work.run(scope -> {
            if (mode == ImportMode.EMPTY_STORE && holdsAnything(scope.tx())) {
                throw new cat.xarxa.spi.ImportException(cat.xarxa.spi.RecordLocation.record(0), "",
                        Reason.of("import.store-not-empty"), null);
            }
            NetworkImport sink = new NetworkImport(scope, importer.name(), care.categories(), fees::contextOf);
            try {
                importer.read(in, sink);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            sink.finish();
            return sink.report();
        });
    }

    /** Whether the store holds any record: a count and the first of each kind, nothing more. */
    private static boolean holdsAnything(cat.xarxa.spi.Transaction tx) {
        return tx.members().count() > 0 || any(tx.people().all()) || any(tx.partners().all()) || any(tx.needs().all())
                || any(tx.careLog().contacts()) || any(tx.careLog().meetings()) || any(tx.fees().policies())
                || any(tx.fees().assessments()) || any(tx.fees().payments()) || any(tx.advisories().banks())
                || any(tx.advisories().entries()) || any(tx.advisories().advisories())
                || any(tx.advisories().products()) || any(tx.mentorships().profiles())
                || any(tx.mentorships().mentorships()) || any(tx.workingGroups().groups())
                || any(tx.workingGroups().budgets()) || any(tx.workingGroups().entries())
                || any(tx.governance().seats()) || any(tx.governance().events()) || any(tx.governance().decisions())
                || any(tx.practices().calls()) || any(tx.practices().submissions()) || any(tx.practices().trainings())
                || any(tx.workPlans().plans());
    }

    private static boolean any(Stream<?> records) {
        try (records) {
            return records.findAny().isPresent();
        }
    }

    /** The names of the export formats available. */
    public Set<String> exportFormats() {
        return formats.exportNames();
    }

    /** The names of the import formats available. */
    public Set<String> importFormats() {
        return formats.importNames();
    }

    /** The name of the storage in use, e.g. {@code jdbc}. */
    public String storageName() {
        return storage.name();
    }

    /** Closes the store. */
    @Override
    public void close() {
        storage.close();
    }

    /**
     * Sets up a {@link Xarxa}. Everything is optional: by default the clock is the system's in
     * {@link #NETWORK_ZONE}, ids are random UUIDs, the actor is {@code system}, and storage, formats and listeners
     * are found on the class path.
     */
    public static final class Builder {
        private final Map<String, String> settings = new LinkedHashMap<>();
        private final Map<String, Object> objects = new LinkedHashMap<>();
        private final List<EventListener> listeners = new ArrayList<>();
        private final List<FormatProvider> formatProviders = new ArrayList<>();
        private Clock clock = Clock.system(NETWORK_ZONE);
        private IdSource ids = java.util.UUID::randomUUID;
        private Supplier<String> actor = () -> "system";
        private ClassLoader classLoader;
        private Storage storage;
        private StorageProvider storageProvider;
        private boolean discoverListeners = true;
        private StandingPolicy standingPolicy;
        private RightsPolicy rightsPolicy;
        private boolean arrearsRemoveVote;
        private final List<CustomFeeCalculator> feeCalculators = new ArrayList<>();
        private List<String> needCategories = NeedCategories.DEFAULT;
        private List<String> advisoryTopics = AdvisoryTopics.DEFAULT;
        private MentorshipTerms mentorshipTerms = MentorshipTerms.DEFAULT;
        private cat.xarxa.governance.VotingRules votingRules = cat.xarxa.governance.VotingRules.DEFAULT;
        private String eventLinks;
        private cat.xarxa.privacy.RetentionPolicy retention = cat.xarxa.privacy.RetentionPolicy.DEFAULT;
        private final Map<String, AdvisoryPackage> advisoryPackages = new LinkedHashMap<>(
                Map.of("default", AdvisoryPackage.DEFAULT));

        private Builder() {
        }

        /** Adds {@code xarxa.*} settings. */
        public Builder settings(Map<String, String> values) {
            values.forEach(this::setting);
            return this;
        }

        /** Sets one setting. */
        public Builder setting(String key, String value) {
            settings.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value of " + key));
            return this;
        }

        /** Hands an object to the storage, e.g. {@code object("xarxa.jdbc.dataSource", portalPool)}. */
        public Builder object(String key, Object value) {
            objects.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value of " + key));
            return this;
        }

        /**
         * The clock for the journal's times and for what "today" is (in the clock's zone; by
         * default the system clock in {@link #NETWORK_ZONE}). The model never reads the time itself.
         */
        public Builder clock(Clock value) {
            clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** Where new ids come from. */
        public Builder ids(IdSource value) {
            ids = Objects.requireNonNull(value, "ids");
            return this;
        }

        /** Who is acting, asked at each change, e.g. the portal's logged-in user. */
        public Builder actor(Supplier<String> value) {
            actor = Objects.requireNonNull(value, "actor");
            return this;
        }

        /** A listener for committed events. */
        public Builder listener(EventListener value) {
            listeners.add(Objects.requireNonNull(value, "listener"));
            return this;
        }

        /**
         * Where members' standing comes from, for the statutory rights; by default the fee area's:
         * a member with a fee unpaid past its grace period is in arrears.
         */
        public Builder standingPolicy(StandingPolicy value) {
            standingPolicy = Objects.requireNonNull(value, "standingPolicy");
            return this;
        }

        /**
         * Whether arrears take away the vote as well as the services (default no: a member in
         * arrears keeps voice and vote and loses the advisory and mentorship services).
         */
        public Builder arrearsRemoveVote(boolean value) {
            arrearsRemoveVote = value;
            return this;
        }

        /**
         * A custom fee rule's calculator, for policies that name it; calculators listed in
         * {@code META-INF/services/cat.xarxa.fee.CustomFeeCalculator} are found too. One given
         * here wins over one found with the same name.
         */
        public Builder feeCalculator(CustomFeeCalculator value) {
            feeCalculators.add(Objects.requireNonNull(value, "feeCalculator"));
            return this;
        }

        /** The rule deciding members' rights at a date, in place of {@link StatutoryRights}. */
        public Builder rightsPolicy(RightsPolicy value) {
            rightsPolicy = Objects.requireNonNull(value, "rightsPolicy");
            return this;
        }

        /**
         * The catalogue of need categories, in place of {@link NeedCategories#DEFAULT}; each a tag
         * (lower case words joined by hyphens).
         *
         * @throws IllegalArgumentException if one is not a tag or the list is empty
         */
        public Builder needCategories(List<String> categories) {
            if (categories.isEmpty() || !categories.stream().allMatch(c -> c != null && c.matches("[a-z0-9]+(-[a-z0-9]+)*"))) {
                throw new IllegalArgumentException("need categories are tags such as hiring-and-procurement: " + categories);
            }
            needCategories = List.copyOf(categories);
            return this;
        }

        /**
         * The catalogue of advisory topics, in place of {@link AdvisoryTopics#DEFAULT}; each a tag
         * (lower case words joined by hyphens).
         *
         * @throws IllegalArgumentException if one is not a tag or the list is empty
         */
        public Builder advisoryTopics(List<String> topics) {
            if (topics.isEmpty() || !topics.stream().allMatch(t -> t != null && t.matches("[a-z0-9]+(-[a-z0-9]+)*"))) {
                throw new IllegalArgumentException("advisory topics are tags such as care-policies: " + topics);
            }
            advisoryTopics = List.copyOf(topics);
            return this;
        }

        /**
         * Adds package templates for advisory requests by name, e.g. {@code "short"} for two hours in
         * one session; {@code default} (four hours in two sessions) is always there and may be
         * replaced.
         *
         * @throws IllegalArgumentException if a package has no hours or no session
         */
        public Builder advisoryPackages(Map<String, AdvisoryPackage> templates) {
            templates.forEach((name, pkg) -> {
                if (name == null || name.isBlank() || pkg == null || !pkg.isValid()) {
                    throw new IllegalArgumentException("a package template has a name, hours and sessions: " + name);
                }
            });
            advisoryPackages.putAll(templates);
            return this;
        }

        /**
         * The mentorship programme's settings, in place of {@link MentorshipTerms#DEFAULT} (one year,
         * 30 days to answer a proposal, mentor and mentee of different councils).
         */
        public Builder mentorshipTerms(MentorshipTerms value) {
            mentorshipTerms = Objects.requireNonNull(value, "mentorshipTerms");
            return this;
        }

        /** Whether listeners registered with ServiceLoader are added too (default yes). */
        public Builder discoverListeners(boolean value) {
            discoverListeners = value;
            return this;
        }

        /**
         * How the General Assembly decides by default: quorum and majority (default: at least half of
         * the members with vote take part; more yes than no). A motion may carry its own.
         */
        public Builder votingRules(cat.xarxa.governance.VotingRules value) {
            votingRules = Objects.requireNonNull(value, "votingRules");
            return this;
        }

        /**
         * Where the host application shows an event, as a template with {@code {id}} for the event's
         * id, e.g. {@code https://intranet.example.cat/xarxa/events/{id}}; an iCalendar export links
         * each event back there. Also read from the setting {@value Xarxa#EVENT_LINKS}.
         */
        public Builder eventLinks(String template) {
            eventLinks = Objects.requireNonNull(template, "template");
            return this;
        }

        /**
         * How long each kind of record is kept, in place of
         * {@link cat.xarxa.privacy.RetentionPolicy#DEFAULT} (fee records 6 years after their fiscal
         * year, contact-log notes 4 years, a person's contact data 4 years after their last link ends).
         */
        public Builder retention(cat.xarxa.privacy.RetentionPolicy value) {
            retention = Objects.requireNonNull(value, "retention");
            return this;
        }

        /** Formats to offer besides those found on the class path. */
        public Builder formats(FormatProvider value) {
            formatProviders.add(Objects.requireNonNull(value, "formats"));
            return this;
        }

        /** The class loader to find providers with (default: the thread's context class loader). */
        public Builder classLoader(ClassLoader value) {
            classLoader = Objects.requireNonNull(value, "classLoader");
            return this;
        }

        /** Uses this provider instead of looking on the class path. */
        public Builder storageProvider(StorageProvider value) {
            storageProvider = Objects.requireNonNull(value, "storageProvider");
            return this;
        }

        /** Uses this open store instead of looking on the class path; {@link Xarxa#close()} closes it. */
        public Builder storage(Storage value) {
            storage = Objects.requireNonNull(value, "storage");
            return this;
        }

        /**
         * Opens the storage and builds the instance.
         *
         * @throws ConfigurationException if no storage is found or the one named is not there
         */
        public Xarxa build() {
            ClassLoader loader = classLoader != null ? classLoader
                    : Thread.currentThread().getContextClassLoader() != null
                    ? Thread.currentThread().getContextClassLoader() : Xarxa.class.getClassLoader();
            Storage opened = storage != null ? storage : openStorage(loader);
            try {
                List<EventListener> all = new ArrayList<>(listeners);
                if (discoverListeners) {
                    all.addAll(Plugins.load(EventListener.class, loader, new ArrayList<>()));
                }
                UnitOfWork work = new UnitOfWork(opened, clock, actor, new EventPublisher(all));
                Map<String, CustomFeeCalculator> calculators = new HashMap<>();
                Plugins.load(CustomFeeCalculator.class, loader, new ArrayList<>()).forEach(c -> calculators.put(c.name(), c));
                feeCalculators.forEach(c -> calculators.put(c.name(), c));
                return new Xarxa(opened, work, new Formats(loader, formatProviders), ids, clock, this, calculators);
            } catch (RuntimeException | Error e) {
                opened.close();
                throw e;
            }
        }

        private Storage openStorage(ClassLoader loader) {
            StorageProvider provider = storageProvider != null ? storageProvider
                    : StorageSelection.select(java.util.Optional.ofNullable(settings.get(STORAGE)), loader);
            try {
                return provider.open(new StorageConfig(settings, objects, loader));
            } catch (cat.xarxa.common.XarxaException e) {
                throw e;
            } catch (RuntimeException | LinkageError e) {
                throw new StorageException(Reason.of("storage.open-failed", provider.name(), String.valueOf(e)), e);
            }
        }
    }
}
