package org.fengqiao.query.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RestController;

/**
 * The query side by feature: each read model's package holds its documents, fold, store, queries and controllers. What
 * the read models share lives in {@code common} (the query gateway, parameter types and checks, the one problem
 * advice); the read models themselves ({@code caseview}, {@code boards}, {@code audittrail}, {@code integrity}) know
 * each other only through it, and through the shared machinery of personal data ({@code personaldata}) and of
 * reading the event store ({@code eventstore}). Two features are compositions of read models and may read them:
 * board time travel ({@code boardhistory}, over the boards' fold) and the dossier (history and verification of one
 * case). Pages ({@code console}), the rebuild ({@code rebuild}) and the service's entry point are leaves nothing else
 * uses, and so are the controllers, which only pages may call. The folds, stores and projections know nothing of
 * HTTP: a refusal is a {@code QueryRejection}, which one advice answers.
 */
class QuerySideArchitectureTest {

    private static final String QUERY = "org.fengqiao.query.";
    private static final JavaClasses QUERY_SIDE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.fengqiao.query");

    @Test
    void common_depends_on_no_feature() {
        noClasses().that().resideInAPackage(QUERY + "common..")
                .should().dependOnClassesThat().resideInAnyPackage(QUERY + "caseview..", QUERY + "boards..",
                        QUERY + "audittrail..", QUERY + "integrity..", QUERY + "boardhistory..", QUERY + "dossier..",
                        QUERY + "personaldata..", QUERY + "eventstore..", QUERY + "console..",
                        QUERY + "webhooks..", QUERY + "rebuild..",
                        QUERY + "service..", QUERY + "config..")
                .check(QUERY_SIDE);
    }

    @Test
    void read_models_know_each_other_only_through_common() {
        List<String> features = List.of("caseview", "boards", "audittrail", "integrity", "boardhistory", "dossier",
                "console", "webhooks", "rebuild", "service");
        for (String model : List.of("caseview", "boards", "audittrail", "integrity")) {
            String[] others = features.stream().filter(feature -> !feature.equals(model))
                    .map(feature -> QUERY + feature + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage(QUERY + model + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .check(QUERY_SIDE);
        }
    }

    @Test
    void controllers_pages_the_rebuild_and_the_wiring_are_leaves() {
        noClasses().that().resideOutsideOfPackages(QUERY + "console..", QUERY + "service..")
                .should().dependOnClassesThat().resideInAnyPackage(QUERY + "console..", QUERY + "service..")
                .check(QUERY_SIDE);
        noClasses().that().resideOutsideOfPackages(QUERY + "console..", QUERY + "service..")
                .and().areNotAnnotatedWith(RestController.class)
                .should().dependOnClassesThat().areAnnotatedWith(RestController.class)
                .check(QUERY_SIDE);
        noClasses().that().resideOutsideOfPackages(QUERY + "rebuild..", QUERY + "service..")
                .should().dependOnClassesThat().resideInAPackage(QUERY + "rebuild..")
                .check(QUERY_SIDE);
    }

    @Test
    void folds_stores_and_projections_do_not_use_spring_web() {
        noClasses().that().haveSimpleNameEndingWith("Fold").or().haveSimpleNameEndingWith("Store")
                .or().haveSimpleNameEndingWith("Projection").or().haveSimpleNameEndingWith("Batch")
                .or().haveSimpleNameEndingWith("Document").or().haveSimpleNameEndingWith("Reader")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..",
                        "org.springframework.http..", "jakarta.servlet..")
                .check(QUERY_SIDE);
    }
}
