package org.oncolearn.attempt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncolearn.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Progress lives in the database file, not in memory: a restarted server resumes every learner where they were. */
class ProgressSurvivesRestartTest {

    /**
     * A whole application sets Spring Security's static context-holder strategy; put back the one the cached test
     * contexts use, or later tests would sign in their mock users into a closed application.
     */
    private final org.springframework.security.core.context.SecurityContextHolderStrategy strategy =
            org.springframework.security.core.context.SecurityContextHolder.getContextHolderStrategy();

    @org.junit.jupiter.api.AfterEach
    void restoreSecurityStrategy() {
        org.springframework.security.core.context.SecurityContextHolder.setContextHolderStrategy(strategy);
    }

    private static final String COURSE = "immunotherapy";

    @TempDir
    Path data;

    @Test
    void progress_survives_an_application_restart() {
        LearnerId learner;
        String secondCheck;
        try (ConfigurableApplicationContext app = start()) {
            LearningService learning = app.getBean(LearningService.class);
            learner = learning.register("Restart").id();
            String lesson = learning.courses().getFirst().lessons().getFirst().id();
            learning.startChecks(learner, COURSE, lesson);
            var first = (Step.Answering) learning.state(learner, COURSE).step();
            learning.answer(learner, COURSE, first.check().id(), first.check().keyIds());
            var second = (Step.Answering) learning.state(learner, COURSE).step();
            secondCheck = second.check().id();
            learning.answer(learner, COURSE, secondCheck, Set.of(wrongOption(second)));
        }

        try (ConfigurableApplicationContext app = start()) {
            LearningService learning = app.getBean(LearningService.class);
            assertThat(learning.welcomeBack(learner))
                    .hasValueSatisfying(l -> assertThat(l.displayName()).contains("Restart"));
            CourseState state = learning.state(learner, COURSE);
            var due = (Step.Answering) state.step();
            assertThat(due.position()).isEqualTo(3);
            assertThat(due.check().id()).isNotEqualTo(secondCheck);
            assertThat(state.lessons().getFirst().answered()).isEqualTo(2);
        }
    }

    private static String wrongOption(Step.Answering step) {
        return step.check().options().stream()
                .filter(o -> !o.key())
                .findFirst()
                .orElseThrow()
                .id();
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Application.class)
                .run("--oncolearn.data-dir=" + data, "--server.port=0", "--vaadin.launch-browser=false");
    }
}
