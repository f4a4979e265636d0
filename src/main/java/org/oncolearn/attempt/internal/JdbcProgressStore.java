package org.oncolearn.attempt.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.oncolearn.attempt.Confidence;
import org.oncolearn.attempt.Learner;
import org.oncolearn.attempt.LearnerId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Learners, enrolments, rounds and answers in the database. Every answer is written when it is given. */
@Repository
public class JdbcProgressStore implements ProgressStore {

    private final JdbcClient jdbc;
    private final TransactionTemplate savepoint;

    public JdbcProgressStore(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * Runs an insert that another tab may have made a moment earlier, inside a savepoint: when the row is there
     * already, only the insert is undone. (PostgreSQL aborts the whole transaction on a failed statement, so
     * catching the error alone would leave the rest of the learner's step failing.)
     *
     * @return false when the row existed
     */
    private boolean insertIfAbsent(Runnable insert) {
        try {
            savepoint.executeWithoutResult(status -> insert.run());
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    @Override
    public void addLearner(Learner learner, Instant now) {
        jdbc.sql("insert into learner (id, display_name, created_at, last_seen_at) values (?, ?, ?, ?)")
                .params(learner.id().value(), learner.displayName().orElse(null), utc(now), utc(now))
                .update();
    }

    @Override
    public Optional<Learner> learner(LearnerId id) {
        return jdbc.sql("select display_name from learner where id = ?")
                .param(id.value())
                .query((rs, row) -> new Learner(id, Optional.ofNullable(rs.getString(1))))
                .optional();
    }

    @Override
    public void touchLearner(LearnerId id, Instant now) {
        jdbc.sql("update learner set last_seen_at = ? where id = ?")
                .params(utc(now), id.value())
                .update();
    }

    @Override
    public Optional<Enrolment> enrolment(LearnerId learner, String courseId) {
        return jdbc.sql("select current_lesson_id, completed_at, course_version from enrolment"
                        + " where learner_id = ? and course_id = ?")
                .params(learner.value(), courseId)
                .query((rs, row) -> new Enrolment(
                        Optional.ofNullable(rs.getString(1)),
                        rs.getObject(2, OffsetDateTime.class) != null,
                        rs.getInt(3)))
                .optional();
    }

    /** Opens a lesson; the completion mark stays, so reviewing a lesson after finishing keeps the course finished. */
    @Override
    public void openLesson(LearnerId learner, String courseId, String lessonId, int courseVersion, Instant now) {
        int updated = jdbc.sql(
                        "update enrolment set current_lesson_id = ?, updated_at = ? where learner_id = ? and course_id = ?")
                .params(lessonId, utc(now), learner.value(), courseId)
                .update();
        // Two tabs of a new learner starting together: both find no enrolment, one inserts it, the other updates.
        if (updated == 0
                && !insertIfAbsent(() -> jdbc.sql("insert into enrolment (learner_id, course_id, current_lesson_id,"
                                + " started_at, updated_at, course_version) values (?, ?, ?, ?, ?, ?)")
                        .params(learner.value(), courseId, lessonId, utc(now), utc(now), courseVersion)
                        .update())) {
            jdbc.sql(
                            "update enrolment set current_lesson_id = ?, updated_at = ? where learner_id = ? and course_id = ?")
                    .params(lessonId, utc(now), learner.value(), courseId)
                    .update();
        }
    }

    @Override
    public void completeCourse(LearnerId learner, String courseId, Instant now) {
        jdbc.sql("update enrolment set current_lesson_id = null, completed_at = coalesce(completed_at, ?),"
                        + " updated_at = ? where learner_id = ? and course_id = ?")
                .params(utc(now), utc(now), learner.value(), courseId)
                .update();
    }

    @Override
    public List<Enrolled> enrolled(String courseId) {
        return jdbc.sql("select l.id, l.display_name, e.course_version, e.started_at, e.updated_at, e.completed_at"
                        + " from enrolment e join learner l on l.id = e.learner_id where e.course_id = ?"
                        + " order by e.started_at, l.id")
                .param(courseId)
                .query((rs, row) -> new Enrolled(
                        new Learner(new LearnerId(rs.getObject(1, UUID.class)), Optional.ofNullable(rs.getString(2))),
                        rs.getInt(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant(),
                        rs.getObject(5, OffsetDateTime.class).toInstant(),
                        Optional.ofNullable(rs.getObject(6, OffsetDateTime.class))
                                .map(OffsetDateTime::toInstant)))
                .list();
    }

    @Override
    public List<Round> rounds(LearnerId learner, String courseId) {
        Map<Long, Map<String, RecordedAnswer>> answers = new HashMap<>();
        jdbc.sql("select a.round_id, a.check_id, a.selected, a.correct, a.answered_at, a.confidence from answer a"
                        + " join lesson_round r on r.id = a.round_id where r.learner_id = ? and r.course_id = ?")
                .params(learner.value(), courseId)
                .query((ResultSet rs) -> {
                    answers.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                            .put(rs.getString(2), answer(rs));
                });
        return jdbc.sql("select id, lesson_id, round_no, check_ids, seed from lesson_round"
                        + " where learner_id = ? and course_id = ? order by lesson_id, round_no")
                .params(learner.value(), courseId)
                .query((rs, row) -> {
                    int seed = rs.getInt(5);
                    return new Round(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getInt(3),
                            split(rs.getString(4)),
                            answers.getOrDefault(rs.getLong(1), Map.of()),
                            rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(seed));
                })
                .list();
    }

    @Override
    public void addRound(
            LearnerId learner,
            String courseId,
            String lessonId,
            int number,
            List<String> checkIds,
            int seed,
            Instant now) {
        // The same round started from another tab at the same moment: one copy is enough.
        insertIfAbsent(() -> jdbc.sql("insert into lesson_round (learner_id, course_id, lesson_id, round_no, check_ids,"
                        + " seed, started_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(learner.value(), courseId, lessonId, number, String.join(",", checkIds), seed, utc(now))
                .update());
    }

    /** Stores an answer; false when this check was already answered in this round (a double click or a 2nd tab). */
    @Override
    public boolean addAnswer(
            long roundId,
            String checkId,
            Set<String> selected,
            boolean correct,
            Optional<Confidence> confidence,
            Instant now) {
        return insertIfAbsent(() -> jdbc.sql("insert into answer (round_id, check_id, selected, correct, confidence,"
                        + " answered_at) values (?, ?, ?, ?, ?, ?)")
                .params(
                        roundId,
                        checkId,
                        String.join(",", new TreeSet<>(selected)),
                        correct,
                        confidence.map(Confidence::code).orElse(null),
                        utc(now))
                .update());
    }

    @Override
    public void scheduleReview(
            LearnerId learner,
            String courseId,
            String lessonId,
            String objective,
            int box,
            Instant due,
            int seed,
            Optional<String> lastCheckId) {
        boolean added = insertIfAbsent(
                () -> jdbc.sql("insert into review_item (learner_id, course_id, lesson_id, objective, box, due_at,"
                                + " seed, last_check_id, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(
                                learner.value(),
                                courseId,
                                lessonId,
                                objective,
                                box,
                                utc(due),
                                seed,
                                lastCheckId.orElse(null),
                                utc(due))
                        .update());
        if (!added && lastCheckId.isPresent()) {
            jdbc.sql("update review_item set last_check_id = ? where learner_id = ? and course_id = ? and lesson_id = ?"
                            + " and objective = ?")
                    .params(lastCheckId.get(), learner.value(), courseId, lessonId, objective)
                    .update();
        }
    }

    @Override
    public List<ReviewItem> reviewItems(LearnerId learner, String courseId) {
        return jdbc.sql("select lesson_id, objective, box, due_at, seed, last_check_id from review_item"
                        + " where learner_id = ? and course_id = ? order by due_at, lesson_id, objective")
                .params(learner.value(), courseId)
                .query((rs, row) -> new ReviewItem(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant(),
                        rs.getInt(5),
                        Optional.ofNullable(rs.getString(6))))
                .list();
    }

    @Override
    public boolean answerReview(
            LearnerId learner,
            String courseId,
            ReviewItem answered,
            String checkId,
            Set<String> selected,
            boolean correct,
            Optional<Confidence> confidence,
            ReviewItem next,
            Instant now) {
        // Only the item as it was shown moves on: a second tab answering the same review finds it changed.
        int moved = jdbc.sql("update review_item set box = ?, due_at = ?, seed = ?, last_check_id = ?, updated_at = ?"
                        + " where learner_id = ? and course_id = ? and lesson_id = ? and objective = ? and seed = ?"
                        + " and due_at = ?")
                .params(
                        next.box(),
                        utc(next.dueAt()),
                        next.seed(),
                        next.lastCheckId().orElse(null),
                        utc(now),
                        learner.value(),
                        courseId,
                        answered.lessonId(),
                        answered.objective(),
                        answered.seed(),
                        utc(answered.dueAt()))
                .update();
        if (moved == 0) {
            return false;
        }
        jdbc.sql("insert into review_answer (learner_id, course_id, lesson_id, objective, check_id, selected, correct,"
                        + " confidence, answered_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        learner.value(),
                        courseId,
                        answered.lessonId(),
                        answered.objective(),
                        checkId,
                        String.join(",", new TreeSet<>(selected)),
                        correct,
                        confidence.map(Confidence::code).orElse(null),
                        utc(now))
                .update();
        return true;
    }

    private static RecordedAnswer answer(ResultSet rs) throws SQLException {
        String confidence = rs.getString(6);
        return new RecordedAnswer(
                Set.copyOf(split(rs.getString(3))),
                rs.getBoolean(4),
                rs.getObject(5, OffsetDateTime.class).toInstant(),
                Optional.ofNullable(confidence).map(Confidence::ofCode));
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(joined.split(",")));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
