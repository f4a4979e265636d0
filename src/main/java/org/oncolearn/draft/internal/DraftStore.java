package org.oncolearn.draft.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.oncolearn.draft.DraftCourse;
import org.oncolearn.draft.DraftCourse.DraftLesson;
import org.oncolearn.draft.DraftCourse.Publication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Draft courses, lessons and publications in the database. */
@Repository
public class DraftStore {

    /** The source format of a draft made by editing a course learners already see; its source file is the course id. */
    public static final String COPY_OF_COURSE = "course";

    private final JdbcClient jdbc;

    public DraftStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insertCourse(UUID id, String title, String sourceFile, String format, String educator, Instant now) {
        jdbc.sql("insert into draft_course (id, title, source_file, source_format, status, created_by, created_at,"
                        + " updated_at, updated_by) values (?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?)")
                .params(
                        id,
                        TitleLabel.of(title),
                        sourceFile,
                        format,
                        educator,
                        Timestamp.from(now),
                        Timestamp.from(now),
                        educator)
                .update();
    }

    public void saveCourseJson(UUID id, String title, String json, Instant now, String educator) {
        int changed = jdbc.sql(
                        "update draft_course set course_json = ?, title = ?, updated_at = ?, updated_by = ? where id = ?")
                .params(json, TitleLabel.of(title), Timestamp.from(now), educator, id)
                .update();
        if (changed != 1) {
            throw new IllegalArgumentException("no draft " + id);
        }
    }

    /** The newest draft made from the course with this id, if an educator has started one. */
    public Optional<UUID> draftCopyOf(String courseId) {
        return jdbc
                .sql("select id from draft_course where source_format = ? and source_file = ?"
                        + " order by updated_at desc")
                .params(COPY_OF_COURSE, courseId)
                .query(UUID.class)
                .list()
                .stream()
                .findFirst();
    }

    public Optional<String> courseJson(UUID id) {
        return jdbc
                .sql("select course_json from draft_course where id = ?")
                .param(id)
                .query(String.class)
                .list()
                .stream()
                .filter(java.util.Objects::nonNull)
                .findFirst();
    }

    public void insertLesson(UUID courseId, int position, String title, String body) {
        jdbc.sql("insert into draft_lesson (course_id, position, title, body) values (?, ?, ?, ?)")
                .params(courseId, position, TitleLabel.of(title), body)
                .update();
    }

    public void insertPublication(UUID id, UUID courseId, Publication publication) {
        jdbc.sql("insert into draft_publication (id, course_id, published_by, published_at, open_flags,"
                        + " override_reason) values (?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        courseId,
                        publication.publishedBy(),
                        Timestamp.from(publication.publishedAt()),
                        publication.openFlags(),
                        publication.overrideReason().orElse(null))
                .update();
        jdbc.sql("update draft_course set status = 'PUBLISHED' where id = ?")
                .param(courseId)
                .update();
    }

    public List<DraftCourse> courses() {
        return jdbc.sql("select id from draft_course order by updated_at desc").query(UUID.class).list().stream()
                .flatMap(id -> course(id).stream())
                .toList();
    }

    public Optional<DraftCourse> course(UUID id) {
        return jdbc.sql("select * from draft_course where id = ?")
                .param(id)
                .query((rs, row) -> new DraftCourse(
                        id,
                        rs.getString("title"),
                        rs.getString("source_file"),
                        DraftCourse.Status.valueOf(rs.getString("status")),
                        rs.getString("created_by"),
                        rs.getTimestamp("updated_at").toInstant(),
                        // Rows from before the column existed were filled in by the migration; null never stays.
                        java.util.Objects.requireNonNullElse(rs.getString("updated_by"), rs.getString("created_by")),
                        lessons(id),
                        lastPublication(id)))
                .optional();
    }

    private List<DraftLesson> lessons(UUID id) {
        return jdbc.sql("select position, title, body from draft_lesson where course_id = ? order by position")
                .param(id)
                .query((rs, row) -> new DraftLesson(rs.getInt("position"), rs.getString("title"), rs.getString("body")))
                .list();
    }

    private Optional<Publication> lastPublication(UUID id) {
        return jdbc
                .sql("select * from draft_publication where course_id = ? order by published_at desc")
                .param(id)
                .query(DraftStore::publication)
                .list()
                .stream()
                .findFirst();
    }

    private static Publication publication(ResultSet rs, int row) throws SQLException {
        return new Publication(
                rs.getString("published_by"),
                rs.getTimestamp("published_at").toInstant(),
                rs.getString("open_flags"),
                Optional.ofNullable(rs.getString("override_reason")));
    }
}
