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
        jdbc.sql("insert into educator (username, display_name, password_hash, must_change_password, created_at,"
                        + " created_by) values (?, ?, ?, ?, ?, ?)")
                .params(username, displayName, hash, mustChange, Timestamp.from(now), createdBy)
                .update();
    }

    public void updatePassword(String username, String hash) {
        jdbc.sql("update educator set password_hash = ?, must_change_password = false where username = ?")
                .params(hash, username)
                .update();
    }

    /** Stores a hash of the same password made with a newer algorithm; the educator changes nothing. */
    public void upgradeHash(String username, String hash) {
        jdbc.sql("update educator set password_hash = ? where username = ?")
                .params(hash, username)
                .update();
    }

    public boolean isDisabled(String username) {
        return jdbc.sql("select disabled from educator where username = ?")
                .param(username)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /** @return whether there is such an account */
    public boolean setDisabled(String username, boolean disabled) {
        return jdbc.sql("update educator set disabled = ? where username = ?")
                        .params(disabled, username)
                        .update()
                == 1;
    }

    private static Educator educator(ResultSet rs, int row) throws SQLException {
        return new Educator(
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getBoolean("must_change_password"),
                rs.getBoolean("disabled"),
                rs.getTimestamp("created_at").toInstant(),
                Optional.ofNullable(rs.getString("created_by")));
    }
}
