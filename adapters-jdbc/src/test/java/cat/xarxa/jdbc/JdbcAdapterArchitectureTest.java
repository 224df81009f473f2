package cat.xarxa.jdbc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The shape of the adapter, as sentences. */
@AnalyzeClasses(packages = "cat.xarxa.jdbc", importOptions = ImportOption.DoNotIncludeTests.class)
class JdbcAdapterArchitectureTest {

    @ArchTest
    static final ArchRule the_jdbc_adapter_exposes_exactly_one_public_class = classes()
            .that().resideInAPackage("cat.xarxa.jdbc..").and().arePublic()
            .should().haveFullyQualifiedName(JdbcStorageProvider.class.getName())
            .because("an adapter is plugged in by its provider alone; everything else may change freely");

    @ArchTest
    static final ArchRule the_provider_is_public_for_the_service_loader = classes()
            .that().haveFullyQualifiedName(JdbcStorageProvider.class.getName())
            .should().bePublic();

    @ArchTest
    static final ArchRule the_jdbc_adapter_uses_only_the_core_spi_and_domain = classes()
            .that().resideInAPackage("cat.xarxa.jdbc..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "cat.xarxa.jdbc..", "cat.xarxa.spi..", "cat.xarxa.member..", "cat.xarxa.partner..",
                    "cat.xarxa.care..", "cat.xarxa.fee..", "cat.xarxa.advisory..", "cat.xarxa.mentorship..",
                    "cat.xarxa.workinggroup..", "cat.xarxa.workplan..", "cat.xarxa.practice..", "cat.xarxa.governance..",
                    "cat.xarxa.common..",
                    "java..", "javax.sql..", "org.flywaydb.core..", "org.h2.jdbcx..")
            .because("the facade and the other stores are not the adapter's business");
}
