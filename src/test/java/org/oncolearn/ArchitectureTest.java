package org.oncolearn;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Features depend one way and frameworks stay in their corners (see DECISIONS.md). */
@AnalyzeClasses(packages = "org.oncolearn", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule the_model_depends_on_no_feature = noClasses()
            .that()
            .resideInAPackage("org.oncolearn.course..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.oncolearn.analysis..",
                    "org.oncolearn.contentimport..",
                    "org.oncolearn.attempt..",
                    "org.oncolearn.export..",
                    "org.oncolearn.delivery..",
                    "org.oncolearn.authoring..",
                    "org.oncolearn.ui..",
                    "org.oncolearn.cli..",
                    "org.springframework..",
                    "com.vaadin..");

    /**
     * Item analysis is arithmetic on responses: the app, the command line and tests use it alike. Its problems are
     * messages (plain Java too), so the results screen says them in the educator's language.
     */
    @ArchTest
    static final ArchRule item_analysis_is_plain_java_over_the_model = classes()
            .that()
            .resideInAPackage("org.oncolearn.analysis..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    "org.oncolearn.analysis..", "org.oncolearn.course..", "org.oncolearn.message..", "java..");

    @ArchTest
    static final ArchRule analysis_internals_are_used_only_by_the_analysis = classes()
            .that()
            .resideInAPackage("org.oncolearn.analysis.internal..")
            .should()
            .onlyBeAccessed()
            .byAnyPackage("org.oncolearn.analysis..");

    @ArchTest
    static final ArchRule the_exporter_knows_only_the_model = noClasses()
            .that()
            .resideInAPackage("org.oncolearn.export..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.oncolearn.contentimport..",
                    "org.oncolearn.attempt..",
                    "org.oncolearn.delivery..",
                    "org.oncolearn.authoring..",
                    "org.oncolearn.ui..",
                    "org.oncolearn.cli..",
                    "com.vaadin..");

    @ArchTest
    static final ArchRule velocity_only_behind_the_exporter = noClasses()
            .that()
            .resideOutsideOfPackage("org.oncolearn.export.internal..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.apache.velocity..");

    @ArchTest
    static final ArchRule exporter_internals_are_used_only_by_the_exporter = classes()
            .that()
            .resideInAPackage("org.oncolearn.export.internal..")
            .should()
            .onlyBeAccessed()
            .byAnyPackage("org.oncolearn.export..");

    @ArchTest
    static final ArchRule the_command_line_needs_no_web_app = noClasses()
            .that()
            .resideInAPackage("org.oncolearn.cli..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.oncolearn.attempt..",
                    "org.oncolearn.delivery..",
                    "org.oncolearn.authoring..",
                    "org.oncolearn.ui..",
                    "org.springframework..",
                    "com.vaadin..");

    @ArchTest
    static final ArchRule educator_views_do_not_use_learner_progress = noClasses()
            .that()
            .resideInAPackage("org.oncolearn.authoring..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.oncolearn.attempt..");

    /** The results screen reads progress through the attempt feature's service, like the learner views. */
    @ArchTest
    static final ArchRule nothing_depends_on_the_results_screen = noClasses()
            .that()
            .resideOutsideOfPackages("org.oncolearn.results..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.oncolearn.results..");

    /**
     * The dashboard brings the editor's drafts and the learners' progress together, so it sits on top: the educator
     * views it links to never link back to it except by address.
     */
    @ArchTest
    static final ArchRule nothing_depends_on_the_dashboard = noClasses()
            .that()
            .resideOutsideOfPackages("org.oncolearn.dashboard..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.oncolearn.dashboard..");

    @ArchTest
    static final ArchRule nothing_depends_on_the_views = noClasses()
            .that()
            .resideOutsideOfPackages("org.oncolearn.delivery..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.oncolearn.delivery..");

    @ArchTest
    static final ArchRule the_layout_knows_no_view = noClasses()
            .that()
            .resideInAPackage("org.oncolearn.ui..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.oncolearn.delivery..", "org.oncolearn.attempt..");

    @ArchTest
    static final ArchRule vaadin_only_in_views_and_layout = noClasses()
            .that()
            .resideInAnyPackage(
                    "org.oncolearn.course..",
                    "org.oncolearn.contentimport..",
                    "org.oncolearn.attempt..",
                    "org.oncolearn.export..",
                    "org.oncolearn.cli..",
                    "org.oncolearn.account..",
                    "org.oncolearn.draft..",
                    "org.oncolearn.factcheck..",
                    "org.oncolearn.lint..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.vaadin..");

    @ArchTest
    static final ArchRule the_lint_knows_only_the_model_and_readability = noClasses()
            .that()
            .resideInAPackage("org.oncolearn.lint..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.oncolearn.contentimport..",
                    "org.oncolearn.attempt..",
                    "org.oncolearn.draft..",
                    "org.oncolearn.export..",
                    "org.springframework..",
                    "com.vaadin..");

    @ArchTest
    static final ArchRule document_parsers_only_in_the_importers = noClasses()
            .that()
            .resideOutsideOfPackages("org.oncolearn.contentimport.internal..", "org.oncolearn.bankimport.internal..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.commonmark..", "org.jsoup..");

    @ArchTest
    static final ArchRule the_bank_import_knows_only_the_model = noClasses()
            .that()
            .resideInAPackage("org.oncolearn.bankimport..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.oncolearn.contentimport..",
                    "org.oncolearn.attempt..",
                    "org.oncolearn.draft..",
                    "org.oncolearn.export..",
                    "org.oncolearn.authoring..",
                    "org.oncolearn.delivery..",
                    "org.springframework..",
                    "com.vaadin..");

    @ArchTest
    static final ArchRule yaml_only_where_files_are_read = noClasses()
            .that()
            .resideOutsideOfPackages("org.oncolearn.contentimport.internal..", "org.oncolearn.factcheck.internal..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.yaml..");

    @ArchTest
    static final ArchRule the_fact_check_knows_only_itself = noClasses()
            .that()
            .resideInAPackage("org.oncolearn.factcheck..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.oncolearn.course..",
                    "org.oncolearn.contentimport..",
                    "org.oncolearn.attempt..",
                    "org.oncolearn.draft..",
                    "org.oncolearn.account..",
                    "org.springframework..",
                    "com.vaadin..");

    @ArchTest
    static final ArchRule internals_are_used_only_by_their_feature = classes()
            .that()
            .resideInAnyPackage(
                    "org.oncolearn.account.internal..",
                    "org.oncolearn.bankimport.internal..",
                    "org.oncolearn.draft.internal..",
                    "org.oncolearn.factcheck.internal..")
            .should(
                    new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaClass>(
                            "be used only by their own feature") {
                        @Override
                        public void check(
                                com.tngtech.archunit.core.domain.JavaClass item,
                                com.tngtech.archunit.lang.ConditionEvents events) {
                            String feature = item.getPackageName().replaceAll("\\.internal.*$", "");
                            item.getAccessesToSelf().stream()
                                    .filter(access -> !access.getOriginOwner()
                                            .getPackageName()
                                            .startsWith(feature))
                                    .forEach(access ->
                                            events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(
                                                    access, access.getDescription())));
                        }
                    });

    @ArchTest
    static final ArchRule database_access_only_in_internal_packages = noClasses()
            .that()
            .resideOutsideOfPackage("..internal..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework.jdbc..", "java.sql..");

    @ArchTest
    static final ArchRule views_never_touch_storage = noClasses()
            .that()
            .resideInAnyPackage(
                    "org.oncolearn.delivery..",
                    "org.oncolearn.authoring..",
                    "org.oncolearn.results..",
                    "org.oncolearn.dashboard..",
                    "org.oncolearn.patient..",
                    "org.oncolearn.ui..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..internal..");

    @ArchTest
    static final ArchRule importer_and_progress_do_not_know_each_other = noClasses()
            .that()
            .resideInAPackage("org.oncolearn.contentimport..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.oncolearn.attempt..");

    @ArchTest
    static final ArchRule internal_packages_are_used_only_by_their_feature = classes()
            .that()
            .resideInAPackage("org.oncolearn.attempt.internal..")
            .should()
            .onlyBeAccessed()
            .byAnyPackage("org.oncolearn.attempt..");

    @ArchTest
    static final ArchRule importer_internals_are_used_only_by_the_importer = classes()
            .that()
            .resideInAPackage("org.oncolearn.contentimport.internal..")
            .should()
            .onlyBeAccessed()
            .byAnyPackage("org.oncolearn.contentimport..");

    @ArchTest
    static final ArchRule no_field_injection = NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

    /** Only the command line talks to the terminal; everything else logs. */
    @ArchTest
    static final ArchRule no_console_output_outside_the_command_line =
            noClasses().that().resideOutsideOfPackage("org.oncolearn.cli..").should(ACCESS_STANDARD_STREAMS);
}
