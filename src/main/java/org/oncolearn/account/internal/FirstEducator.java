package org.oncolearn.account.internal;

import org.oncolearn.account.EducatorAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Makes sure there is a first educator, without a default password anywhere: from {@code ONCOLEARN_ADMIN_USERNAME}
 * and {@code ONCOLEARN_ADMIN_PASSWORD} when both are set, otherwise with a one-time password that is logged once and
 * must be changed at the first sign-in.
 */
@Component
public class FirstEducator implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FirstEducator.class);

    private final EducatorAccounts accounts;
    private final String username;
    private final String password;

    public FirstEducator(
            EducatorAccounts accounts,
            @Value("${oncolearn.admin.username:admin}") String username,
            @Value("${oncolearn.admin.password:}") String password) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!accounts.noEducators()) {
            return;
        }
        if (!password.isBlank()) {
            accounts.addConfigured(username, password);
            LOG.info("Created the first educator account \"{}\" with the configured password", username);
            return;
        }
        String oneTime = accounts.add(username, "Administrator", null);
        LOG.warn(
                "No educator account existed, so one was created. Sign in at /login as \"{}\" with the one-time"
                        + " password {} and choose a new password. This password is shown only this once.",
                username,
                oneTime);
    }
}
