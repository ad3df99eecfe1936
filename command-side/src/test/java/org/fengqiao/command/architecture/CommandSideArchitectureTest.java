package org.fengqiao.command.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The command side talks to the query side only through messages, and its aggregates know nothing of HTTP. MongoDB is
 * the production profile's store of case-number counters and nothing else here: never a read model.
 */
class CommandSideArchitectureTest {

    private static final JavaClasses COMMAND_SIDE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.fengqiao.command");

    @Test
    void command_side_never_sees_the_query_side() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.fengqiao.query..", "org.springframework.data..")
                .check(COMMAND_SIDE);
    }

    @Test
    void only_case_numbering_the_deadline_store_and_idempotency_keys_touch_mongodb() {
        noClasses().that().resideOutsideOfPackages("org.fengqiao.command.numbering..",
                        "org.fengqiao.command.timelimits..", "org.fengqiao.command.idempotency..")
                .should().dependOnClassesThat().resideInAnyPackage("com.mongodb..", "org.bson..")
                .check(COMMAND_SIDE);
    }

    @Test
    void aggregates_know_nothing_of_the_web_layer() {
        noClasses().that().resideInAPackage("org.fengqiao.command.cases..")
                .should().dependOnClassesThat().resideInAnyPackage("org.fengqiao.command.web..", "org.springframework.web..")
                .check(COMMAND_SIDE);
    }
}
