package cat.xarxa.ical;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "cat.xarxa.ical", importOptions = ImportOption.DoNotIncludeTests.class)
class IcalArchitectureTest {

    /** ServiceLoader needs one public class; everything else may change without breaking a host. */
    @ArchTest
    static final ArchRule the_ical_adapter_exposes_exactly_one_public_class = classes()
            .that().arePublic()
            .should().haveFullyQualifiedName(IcalFormatProvider.class.getName())
            .because("the adapter's only API is its provider, IcalFormatProvider");

    @ArchTest
    static final ArchRule the_ical_adapter_depends_only_on_the_core_ical4j_and_the_jdk = classes()
            .should().onlyDependOnClassesThat().resideInAnyPackage("cat.xarxa..", "net.fortuna.ical4j..", "java..");
}
