package org.oncolearn.account.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.oncolearn.account.Educator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Educator rows. Password hashes are read only for checking, never handed to views. */
@Repository
public class EducatorStore {

    private final JdbcClient jdbc;

    public EducatorStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int count() {
        return jdbc.sql("select count(*) from educator").query(Integer.class).single();
    }

    public List<Educator> all() {
        return jdbc.sql("select * from educator order by username")
                .query(EducatorStore::educator)
                .list();
    }

    public Optional<Educator> find(String username) {
        return jdbc.sql("select * from educator where username = ?")
                .param(username)
                .query(EducatorStore::educator)
                .optional();
    }

    public Optional<String> passwordHash(String username) {
        return jdbc.sql("select password_hash from educator where username = ?")
                .param(username)
                .query(String.class)
                .optional();
    }

    public void insert(
            String username, String displayName, String hash, boolean mustChange, Instant now, String createdBy) {
        jdbc.sql("insert into educator (username, display_name, password_hash, must_change_password, failed_sign_ins,"
                        + " created_at, created_by) values (?, ?, ?, ?, 0, ?, ?)")
                .params(username, displayName, hash, mustChange, Timestamp.from(now), createdBy)
                .update();
    }

    public void updatePassword(String username, String hash) {
        jdbc.sql("update educator set password_hash = ?, must_change_password = false where username = ?")
                .params(hash, username)
                .update();
    }

    /** @return failed sign-ins in a row, including this one */
    public int recordFailure(String username) {
        jdbc.sql("update educator set failed_sign_ins = failed_sign_ins + 1 where username = ?")
                .param(username)
                .update();
        return jdbc.sql("select failed_sign_ins from educator where username = ?")
                .param(username)
                .query(Integer.class)
                .optional()
                .orElse(0);
    }

    public void lock(String username, Instant until) {
        jdbc.sql("update educator set locked_until = ?, failed_sign_ins = 0 where username = ?")
                .params(Timestamp.from(until), username)
                .update();
    }

    public void recordSuccess(String username) {
        jdbc.sql("update educator set failed_sign_ins = 0, locked_until = null where username = ?")
                .param(username)
                .update();
    }

    private static Educator educator(ResultSet rs, int row) throws SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        return new Educator(
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getBoolean("must_change_password"),
                Optional.ofNullable(locked).map(Timestamp::toInstant),
                rs.getTimestamp("created_at").toInstant(),
                Optional.ofNullable(rs.getString("created_by")));
    }
}
