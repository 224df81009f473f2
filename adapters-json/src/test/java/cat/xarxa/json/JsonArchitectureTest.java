package cat.xarxa.json;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMembers;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "cat.xarxa.json", importOptions = ImportOption.DoNotIncludeTests.class)
class JsonArchitectureTest {

    /** ServiceLoader needs one public class; everything else may change without breaking a host. */
    @ArchTest
    static final ArchRule the_json_adapter_exposes_exactly_one_public_class = classes()
            .that().arePublic()
            .should().haveFullyQualifiedName(XarxaJson.class.getName())
            .because("the adapter's only API is its provider and Jackson module, XarxaJson");

    @ArchTest
    static final ArchRule the_json_adapter_depends_only_on_the_core_jackson_and_the_jdk = classes()
            .should().onlyDependOnClassesThat().resideInAnyPackage("cat.xarxa..", "tools.jackson..", "java..");

    /**
     * A file never names a Java class for the reader to create: no default typing on any mapper,
     * no polymorphic type ids, no type validators to configure, so that a hostile file cannot
     * make the import instantiate a gadget class.
     */
    @ArchTest
    static final ArchRule no_mapper_activates_default_typing = noClasses()
            .should().callMethodWhere(target(nameMatching("activateDefaultTyping.*")))
            .orShould().callMethodWhere(target(nameMatching("polymorphicTypeValidator")))
            .because("a file must not choose which Java classes an import creates");

    @ArchTest
    static final ArchRule nothing_reads_polymorphic_type_ids = noClasses()
            .should().dependOnClassesThat().resideInAPackage("tools.jackson.databind.jsontype..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("com.fasterxml.jackson.annotation.JsonTypeInfo")
            .orShould().beAnnotatedWith("com.fasterxml.jackson.annotation.JsonTypeInfo")
            .because("a file must not choose which Java classes an import creates");

    @ArchTest
    static final ArchRule no_member_asks_for_a_polymorphic_type_id = noMembers()
            .should().beAnnotatedWith("com.fasterxml.jackson.annotation.JsonTypeInfo")
            .because("a file must not choose which Java classes an import creates");
}
