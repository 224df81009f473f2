package cat.xarxa.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Set;

/** The shape of the core, as sentences. */
@AnalyzeClasses(packages = "cat.xarxa", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule core_does_not_depend_on_adapters = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("cat.xarxa.jdbc..", "cat.xarxa.json..", "cat.xarxa.csv..")
            .because("adapters plug into the core through the SPI, never the other way round");

    @ArchTest
    static final ArchRule core_does_not_depend_on_jackson = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..")
            .because("JSON belongs to the JSON adapter; the core carries no Jackson annotations");

    @ArchTest
    static final ArchRule core_does_not_depend_on_jdbc = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
            .because("storage technology belongs to the storage adapters");

    @ArchTest
    static final ArchRule core_does_not_depend_on_flyway = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.flywaydb..");

    @ArchTest
    static final ArchRule no_cycles_between_areas = slices().matching("cat.xarxa.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule areas_depend_only_on_common = noClasses()
            .that().resideInAnyPackage("cat.xarxa.member..", "cat.xarxa.advisory..", "cat.xarxa.mentorship..",
                    "cat.xarxa.workinggroup..")
            .should().dependOnClassesThat().resideInAnyPackage("cat.xarxa.spi..", "cat.xarxa.memory..")
            .because("an area holds the domain; storage and plugins depend on it, not the reverse");

    @ArchTest
    static final ArchRule areas_refer_to_each_other_by_id_only = noClasses()
            .that().resideInAnyPackage("cat.xarxa.care..", "cat.xarxa.partner..", "cat.xarxa.advisory..",
                    "cat.xarxa.mentorship..", "cat.xarxa.workinggroup..")
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("cat.xarxa.member..")
                    .and(DescribedPredicate.not(JavaClass.Predicates.simpleNameEndingWith("Id"))))
            .because("a need or a partner names a member or a person by its id, never by the object");

    @ArchTest
    static final ArchRule other_areas_depend_on_no_store_nor_plugin = noClasses()
            .that().resideInAnyPackage("cat.xarxa.care..", "cat.xarxa.partner..", "cat.xarxa.fee..", "cat.xarxa.advisory..",
                    "cat.xarxa.mentorship..", "cat.xarxa.workinggroup..")
            .should().dependOnClassesThat().resideInAnyPackage("cat.xarxa.spi..", "cat.xarxa.memory..");

    /** The areas of governance, work plans, good practices and shared knowledge. */
    private static final String[] GOVERNANCE_AND_KNOWLEDGE = {"cat.xarxa.governance..", "cat.xarxa.workplan..",
            "cat.xarxa.practice..", "cat.xarxa.knowledge.."};

    @ArchTest
    static final ArchRule governance_and_knowledge_areas_depend_on_neither_the_facade_nor_a_store = noClasses()
            .that().resideInAnyPackage(GOVERNANCE_AND_KNOWLEDGE)
            .should().dependOnClassesThat().resideInAPackage("cat.xarxa")
            .orShould().dependOnClassesThat().resideInAnyPackage("cat.xarxa.spi..", "cat.xarxa.memory..")
            .because("these areas hold the domain: the facade's desks and the stores depend on them, not the reverse");

    @ArchTest
    static final ArchRule advisories_refer_to_partners_by_id_only = noClasses()
            .that().resideInAnyPackage("cat.xarxa.advisory..")
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("cat.xarxa.partner..", "cat.xarxa.care..",
                            "cat.xarxa.fee..")
                    .and(DescribedPredicate.not(JavaClass.Predicates.simpleNameEndingWith("Id"))))
            .because("an advisory names its councils, people and partner organisations by id, never by the object");

    @ArchTest
    static final ArchRule working_groups_refer_to_needs_and_partners_by_id_only = noClasses()
            .that().resideInAnyPackage("cat.xarxa.workinggroup..")
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("cat.xarxa.partner..", "cat.xarxa.care..",
                            "cat.xarxa.fee..", "cat.xarxa.advisory..", "cat.xarxa.mentorship..")
                    .and(DescribedPredicate.not(JavaClass.Predicates.simpleNameEndingWith("Id"))))
            .because("a working group names the need it answers and its partner organisations by id, never by the object");

    @ArchTest
    static final ArchRule mentorships_are_voluntary_and_free = noClasses()
            .that().resideInAnyPackage("cat.xarxa.mentorship..")
            .should().dependOnClassesThat().resideInAnyPackage("cat.xarxa.fee..", "cat.xarxa.advisory..")
            .because("a mentorship is voluntary and free (seed 004): it charges no fee and no hour of the advisory bank");

    @ArchTest
    static final ArchRule the_facade_is_the_only_door_into_the_stores = noClasses()
            .that().resideOutsideOfPackages("cat.xarxa.memory..")
            .should().dependOnClassesThat().resideInAnyPackage("cat.xarxa.memory..")
            .because("the in-memory store is found through ServiceLoader like any other");

    @ArchTest
    static final ArchRule the_model_never_reads_the_clock_or_makes_ids = noClasses()
            .that().resideInAnyPackage("cat.xarxa.member..", "cat.xarxa.common..", "cat.xarxa.care..", "cat.xarxa.partner..",
                    "cat.xarxa.fee..", "cat.xarxa.advisory..", "cat.xarxa.mentorship..", "cat.xarxa.workinggroup..",
                    "cat.xarxa.governance..", "cat.xarxa.workplan..", "cat.xarxa.practice..", "cat.xarxa.knowledge..")
            .should().callMethod(java.util.UUID.class, "randomUUID")
            .orShould().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.LocalDate.class, "now")
            .orShould().callMethod(java.time.LocalDateTime.class, "now")
            .orShould().callMethod(java.time.ZonedDateTime.class, "now")
            .orShould().callMethod(java.time.OffsetDateTime.class, "now")
            .orShould().callMethod(java.time.Clock.class, "systemUTC")
            .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .because("time and ids come in from outside, so tests and audits can rely on them");

    @ArchTest
    static final ArchRule fees_read_members_values_never_the_member_itself = noClasses()
            .that().resideInAnyPackage("cat.xarxa.fee..")
            .should().dependOnClassesThat().belongToAnyOf(cat.xarxa.member.Member.class, cat.xarxa.member.Person.class,
                    cat.xarxa.member.Members.class, cat.xarxa.member.People.class)
            .because("a fee names its member by id and is set from the member's kind, population and status history");

    private static final Set<String> FLOATING_POINT = Set.of("double", "float", "java.lang.Double", "java.lang.Float");

    /**
     * No field, parameter or return value of a floating-point type (or an array of one), and no
     * use of a field, method or constructor that has one or belongs to {@code Double} or {@code Float}.
     */
    static final ArchCondition<JavaClass> USE_NO_FLOATING_POINT = new ArchCondition<>("use no floating point") {
        @Override
        public void check(JavaClass owner, ConditionEvents events) {
            for (JavaField field : owner.getFields()) {
                if (floatingPoint(field.getRawType())) {
                    events.add(SimpleConditionEvent.violated(field, field.getFullName() + " holds floating point"));
                }
            }
            for (JavaCodeUnit unit : owner.getCodeUnits()) {
                if (takesOrGivesFloatingPoint(unit.getRawReturnType(), unit.getRawParameterTypes())) {
                    events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " takes or gives floating point"));
                }
            }
            for (JavaAccess<?> access : owner.getAccessesFromSelf()) {
                AccessTarget target = access.getTarget();
                boolean typed = target instanceof AccessTarget.CodeUnitAccessTarget unit
                        ? takesOrGivesFloatingPoint(unit.getRawReturnType(), unit.getRawParameterTypes())
                        : target instanceof AccessTarget.FieldAccessTarget field && floatingPoint(field.getRawType());
                if (typed || floatingPoint(access.getTargetOwner())) {
                    events.add(SimpleConditionEvent.violated(access, access.getDescription()));
                }
            }
        }
    };

    private static boolean takesOrGivesFloatingPoint(JavaClass returned, List<JavaClass> parameters) {
        return floatingPoint(returned) || parameters.stream().anyMatch(ArchitectureTest::floatingPoint);
    }

    private static boolean floatingPoint(JavaClass type) {
        return FLOATING_POINT.contains(type.getBaseComponentType().getName());
    }

    @ArchTest
    static final ArchRule fees_never_use_floating_point = classes()
            .that().resideInAnyPackage("cat.xarxa.fee..")
            .should(USE_NO_FLOATING_POINT)
            .because("money is exact: euros and cents in Money, rates in BigDecimal");

    @ArchTest
    static final ArchRule advisories_never_use_floating_point = classes()
            .that().resideInAnyPackage("cat.xarxa.advisory..")
            .should(USE_NO_FLOATING_POINT)
            .because("hours are exact: whole minutes in Hours, so the bank's totals are always the sums of its ledger");

    @ArchTest
    static final ArchRule mentorships_never_use_floating_point = classes()
            .that().resideInAnyPackage("cat.xarxa.mentorship..")
            .should(USE_NO_FLOATING_POINT)
            .because("dates, counts and capacities are exact, and a mentorship carries no amount at all");

    @ArchTest
    static final ArchRule working_groups_never_use_floating_point = classes()
            .that().resideInAnyPackage("cat.xarxa.workinggroup..")
            .should(USE_NO_FLOATING_POINT)
            .because("a group's budget is exact: euros and cents in Money, so its totals are always the sums of its ledger");
}
