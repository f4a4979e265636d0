package org.oncolearn.account.internal;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password hashing: Argon2id, which reads the whole password (bcrypt reads only the first 72 bytes, and Spring's
 * bcrypt refuses longer input, so long passphrases failed). Hashes carry their algorithm's id, so bcrypt hashes
 * stored before still match and are replaced by Argon2 hashes at the next sign-in.
 */
@Configuration
public class AccountConfiguration {

    static final String ARGON2 = "argon2";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(
                ARGON2,
                Map.of(
                        ARGON2,
                        Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                        "bcrypt",
                        new LegacyBcrypt(new BCryptPasswordEncoder(12))));
    }

    /** Checks old bcrypt hashes; a password beyond bcrypt's 72 bytes simply does not match one. */
    private record LegacyBcrypt(BCryptPasswordEncoder bcrypt) implements PasswordEncoder {

        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            return raw != null
                    && raw.toString().getBytes(StandardCharsets.UTF_8).length <= 72
                    && bcrypt.matches(raw, encoded);
        }

        @Override
        public boolean upgradeEncoding(String encoded) {
            return true;
        }
    }
}
