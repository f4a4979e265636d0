package org.oncolearn.draft.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.oncolearn.contentimport.ContentFolder;
import org.oncolearn.contentimport.CourseFileSet;
import org.oncolearn.contentimport.InvalidCourseException;
import org.oncolearn.course.Course;
import org.oncolearn.course.CourseCatalog;
import org.oncolearn.draft.VersionInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The courses learners see: those in the {@code quizzes/} folder, where a course published in the app replaces its
 * folder copy with its newest version. Older versions stay loadable for learners who started them.
 */
@Component
@Primary
public class PublishedCatalog implements CourseCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(PublishedCatalog.class);
    /** Other app nodes pick up a new publication within this time. */
    private static final Duration REFRESH = Duration.ofSeconds(30);

    private final ContentFolder folder;
    private final VersionStore versions;
    private final Clock clock;
    private final Map<String, Course> loaded = new ConcurrentHashMap<>();
    private volatile List<VersionInfo> latest;
    private volatile Instant latestReadAt = Instant.MIN;

    public PublishedCatalog(ContentFolder folder, VersionStore versions, Clock clock) {
        this.folder = folder;
        this.versions = versions;
        this.clock = clock;
    }

    @Override
    public List<Course> courses() {
        Map<String, Course> courses = new LinkedHashMap<>();
        folder.courses().forEach(c -> courses.put(c.id(), c));
        for (VersionInfo info : latest()) {
            version(info.courseId(), info.version()).ifPresent(c -> courses.put(c.id(), c));
        }
        return List.copyOf(courses.values());
    }

    /** Looked up on every learner request, so without building the whole list. */
    @Override
    public Optional<Course> find(String courseId) {
        return latest().stream()
                .filter(info -> info.courseId().equals(courseId))
                .findFirst()
                .flatMap(info -> version(courseId, info.version()))
                .or(() -> folder.find(courseId));
    }

    @Override
    public Optional<Course> find(String courseId, int version) {
        return version == Course.FILE_VERSION ? folder.find(courseId) : version(courseId, version);
    }

    /** Forgets the cached list of newest versions, e.g. right after publishing. */
    public void refresh() {
        latestReadAt = Instant.MIN;
    }

    private List<VersionInfo> latest() {
        Instant now = clock.instant();
        if (latest == null || latestReadAt.plus(REFRESH).isBefore(now)) {
            latest = versions.latest();
            latestReadAt = now;
        }
        return latest;
    }

    private Optional<Course> version(String courseId, int version) {
        String key = courseId + "@" + version;
        Course cached = loaded.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Course> read = versions.files(courseId, version).flatMap(files -> {
            try {
                return Optional.of(new CourseFileSet(courseId, files).load().withVersion(version));
            } catch (InvalidCourseException e) {
                // Versions are validated before they are stored; this means the file format has changed since.
                LOG.error("Published version {} of {} no longer loads:\n{}", version, courseId, e.getMessage());
                return Optional.empty();
            }
        });
        read.ifPresent(course -> loaded.put(key, course));
        return read;
    }
}
