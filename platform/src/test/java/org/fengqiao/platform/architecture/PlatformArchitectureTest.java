package org.fengqiao.platform.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The platform is the wiring every deployable shares and knows no domain: neither the kernel's language nor either
 * side. Inside it, the problem documents are the base the security filters and the API description build on, so they
 * depend on nothing else of the platform; and no shared piece depends on the API description.
 */
class PlatformArchitectureTest {

    private static final JavaClasses PLATFORM = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.fengqiao.platform");

    @Test
    void knows_no_domain() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.fengqiao.cases..", "org.fengqiao.boards..",
                        "org.fengqiao.integrity..", "org.fengqiao.jurisdiction..", "org.fengqiao.command..",
                        "org.fengqiao.query..")
                .check(PLATFORM);
    }

    @Test
    void problem_documents_depend_on_no_other_platform_piece() {
        noClasses().that().resideInAPackage("org.fengqiao.platform.problem..")
                .should().dependOnClassesThat(resideInAPackage("org.fengqiao.platform..")
                        .and(resideOutsideOfPackage("org.fengqiao.platform.problem..")))
                .check(PLATFORM);
    }

    @Test
    void nothing_depends_on_the_api_description() {
        noClasses().that().resideOutsideOfPackage("org.fengqiao.platform.openapi..")
                .should().dependOnClassesThat().resideInAPackage("org.fengqiao.platform.openapi..")
                .check(PLATFORM);
    }
}
