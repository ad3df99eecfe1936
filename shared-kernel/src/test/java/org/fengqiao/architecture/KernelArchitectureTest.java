package org.fengqiao.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.fengqiao.cases.CaseCommand;
import org.fengqiao.cases.CaseEvent;
import org.junit.jupiter.api.Test;

/** The published language stays plain Java: records for messages, no framework beyond routing annotations. */
class KernelArchitectureTest {

    private static final JavaClasses KERNEL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.fengqiao");

    @Test
    void kernel_depends_on_nothing_but_java_and_routing_annotations() {
        ArchRule rule = classes().should().onlyDependOnClassesThat().resideInAnyPackage(
                "java..", "org.fengqiao..",
                // @TargetAggregateIdentifier routes commands; @JsonValue/@JsonCreator write ids as bare strings
                "org.axonframework.modelling.command..", "com.fasterxml.jackson.annotation..",
                // @Revision names a payload's shape revision for the upcasters
                "org.axonframework.serialization..");
        rule.check(KERNEL);
    }

    @Test
    void events_are_records() {
        classes().that().implement(CaseEvent.class).and().areNotInterfaces().should().beRecords().check(KERNEL);
    }

    @Test
    void commands_are_records() {
        classes().that().implement(CaseCommand.class).and().areNotInterfaces().should().beRecords().check(KERNEL);
    }

    @Test
    void events_are_named_in_the_past_tense_without_an_event_suffix() {
        classes().that().implement(CaseEvent.class).should().haveSimpleNameNotEndingWith("Event")
                .orShould().beInterfaces().check(KERNEL);
    }
}
