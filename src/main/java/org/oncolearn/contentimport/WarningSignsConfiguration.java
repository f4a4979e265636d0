package org.oncolearn.contentimport;

import java.nio.file.Path;
import org.oncolearn.course.WarningSigns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The warning signs the running app teaches and checks patient texts against, read once at start. */
@Configuration
class WarningSignsConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(WarningSignsConfiguration.class);

    /**
     * A broken copy in the content folder must not take the urgent-help guidance away from patients: the app then
     * uses the reviewed copy it was built with and logs every problem, each with its line.
     */
    @Bean
    WarningSigns warningSigns(@Value("${oncolearn.content.dir:quizzes}") Path contentRoot) {
        try {
            return WarningSignsFile.forContent(contentRoot);
        } catch (InvalidCourseException e) {
            e.problems().forEach(problem -> LOG.error("{}", problem));
            LOG.error("Using the built-in {} until these problems are fixed.", WarningSignsFile.FILE_NAME);
            return WarningSignsFile.bundled();
        }
    }
}
