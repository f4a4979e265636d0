package org.oncolearn.draft.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.UUID;
import org.oncolearn.draft.VersionInfo;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Published versions and their course files. Rows are only ever inserted, never changed. */
@Repository
public class VersionStore {

    private final JdbcClient jdbc;

    public VersionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int nextVersion(String courseKey) {
        Integer last = jdbc.sql("select max(version) from course_version where course_key = ?")
                .param(courseKey)
                .query(Integer.class)
                .optional()
                .orElse(null);
        return last == null ? 1 : last + 1;
    }

    public void insert(VersionInfo version, UUID draftId, SequencedMap<String, String> files) {
        jdbc.sql("insert into course_version (course_key, version, title, draft_id, published_by, published_at,"
                        + " open_flags, override_reason) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        version.courseId(),
                        version.version(),
                        TitleLabel.of(version.title()),
                        draftId,
                        version.publishedBy(),
                        Timestamp.from(version.publishedAt()),
                        version.openFlags(),
                        version.overrideReason().orElse(null))
                .update();
        files.forEach((name, content) -> jdbc.sql(
                        "insert into course_version_file (course_key, version, name, content) values (?, ?, ?, ?)")
                .params(version.courseId(), version.version(), name, content)
                .update());
    }

    public List<VersionInfo> versions(String courseKey) {
        return jdbc.sql("select * from course_version where course_key = ? order by version desc")
                .param(courseKey)
                .query(VersionStore::info)
                .list();
    }

    /** The newest version of every course that has been published. */
    public List<VersionInfo> latest() {
        return jdbc.sql("select * from course_version v where version ="
                        + " (select max(version) from course_version w where w.course_key = v.course_key)"
                        + " order by course_key")
                .query(VersionStore::info)
                .list();
    }

    public Optional<SequencedMap<String, String>> files(String courseKey, int version) {
        SequencedMap<String, String> files = new LinkedHashMap<>();
        jdbc.sql("select name, content from course_version_file where course_key = ? and version = ?")
                .params(courseKey, version)
                .query((ResultSet rs) -> {
                    files.put(rs.getString(1), rs.getString(2));
                });
        if (files.isEmpty()) {
            return Optional.empty();
        }
        // course.yaml first, then the lessons in their numbered order, as the folder lists them.
        SequencedMap<String, String> ordered = new LinkedHashMap<>();
        ordered.put("course.yaml", files.get("course.yaml"));
        files.keySet().stream()
                .filter(name -> !name.equals("course.yaml"))
                .sorted(java.util.Comparator.comparingInt(VersionStore::lessonNumber))
                .forEach(name -> ordered.put(name, files.get(name)));
        return Optional.of(ordered);
    }

    private static int lessonNumber(String name) {
        String digits = name.replaceAll("\\D", "");
        return digits.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }

    private static VersionInfo info(ResultSet rs, int row) throws SQLException {
        return new VersionInfo(
                rs.getString("course_key"),
                rs.getInt("version"),
                rs.getString("title"),
                rs.getString("published_by"),
                rs.getTimestamp("published_at").toInstant(),
                rs.getString("open_flags"),
                Optional.ofNullable(rs.getString("override_reason")));
    }
}
