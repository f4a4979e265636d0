package org.oncolearn.contentimport.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.oncolearn.contentimport.ContentFolder;
import org.oncolearn.contentimport.ContentProblem;
import org.oncolearn.contentimport.InvalidCourseException;
import org.oncolearn.course.Course;
import org.oncolearn.course.CourseCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The course catalog backed by the {@code quizzes/} folder. A folder whose content is invalid is left out as a whole
 * and its problems are logged; on a reload, a course that became invalid keeps its last valid version.
 */
@Component
public class FolderCourseCatalog implements CourseCatalog, ContentFolder {

    private static final Logger LOG = LoggerFactory.getLogger(FolderCourseCatalog.class);

    private final Path root;
    private volatile Map<String, Course> courses = Map.of();
    private volatile List<ContentProblem> problems = List.of();

    public FolderCourseCatalog(@Value("${oncolearn.content.dir:quizzes}") Path root) {
        this.root = root;
        reload();
    }

    @Override
    public List<Course> courses() {
        return List.copyOf(courses.values());
    }

    @Override
    public Optional<Course> find(String courseId) {
        return Optional.ofNullable(courses.get(courseId));
    }

    @Override
    public List<ContentProblem> problems() {
        return problems;
    }

    @Override
    public synchronized void reload() {
        Map<String, Course> loaded = new LinkedHashMap<>();
        List<ContentProblem> found = new ArrayList<>();
        for (Path folder : courseFolders()) {
            try {
                Course course = new CourseParser(CourseFiles.of(folder)).parse();
                loaded.put(course.id(), course.forLearners());
            } catch (InvalidCourseException e) {
                found.addAll(e.problems());
                String id = folder.getFileName().toString();
                Course previous = courses.get(id);
                if (previous != null) {
                    loaded.put(id, previous);
                }
                LOG.error(
                        "Course folder {} was not loaded{}:\n{}",
                        folder,
                        previous != null ? " (keeping its last valid version)" : "",
                        e.getMessage());
            }
        }
        courses = loaded;
        problems = List.copyOf(found);
        LOG.info("Loaded {} course(s) from {}", loaded.size(), root.toAbsolutePath());
    }

    private List<Path> courseFolders() {
        if (!Files.isDirectory(root)) {
            LOG.warn("Course folder {} does not exist; no courses are available", root.toAbsolutePath());
            return List.of();
        }
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(dir -> Files.isRegularFile(dir.resolve("course.yaml")))
                    .sorted(Comparator.comparing(Path::getFileName))
                    .toList();
        } catch (IOException e) {
            LOG.error("Cannot list course folder {}: {}", root.toAbsolutePath(), e.getMessage());
            return List.of();
        }
    }
}
