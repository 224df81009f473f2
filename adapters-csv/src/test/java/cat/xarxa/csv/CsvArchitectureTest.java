package cat.xarxa.csv;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "cat.xarxa.csv", importOptions = ImportOption.DoNotIncludeTests.class)
class CsvArchitectureTest {

    /** ServiceLoader needs one public class; everything else may change without breaking a host. */
    @ArchTest
    static final ArchRule the_csv_adapter_exposes_exactly_one_public_class = classes()
            .that().arePublic()
            .should().haveFullyQualifiedName(XarxaCsv.class.getName())
            .because("the adapter's only API is its provider, XarxaCsv");

    @ArchTest
    static final ArchRule the_csv_adapter_depends_only_on_the_core_jackson_and_the_jdk = classes()
            .should().onlyDependOnClassesThat().resideInAnyPackage("cat.xarxa..", "tools.jackson..", "java..");
}
