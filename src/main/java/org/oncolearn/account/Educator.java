package org.oncolearn.account;

import java.time.Instant;
import java.util.Optional;

/** An educator account as the educator views show it; the password hash never leaves the account package. */
public record Educator(
        String username,
        String displayName,
        boolean mustChangePassword,
        boolean disabled,
        Instant createdAt,
        Optional<String> createdBy) {}
