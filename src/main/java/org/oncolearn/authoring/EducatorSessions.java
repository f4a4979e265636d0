package org.oncolearn.authoring;

import java.util.Objects;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * The signed-in sessions of each educator, as Spring Security registers them. Ending a session marks it expired:
 * its next request signs it out and goes to the sign-in page.
 */
@Component
public class EducatorSessions {

    private final SessionRegistry registry;

    EducatorSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /**
     * Ends every session of the account except {@code keep} (the session that asked, or null for none).
     *
     * @return how many sessions were ended
     */
    public int endSessions(String username, String keep) {
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (username.equals(name(principal))) {
                for (SessionInformation session : registry.getAllSessions(principal, false)) {
                    if (!Objects.equals(session.getSessionId(), keep)) {
                        session.expireNow();
                        ended++;
                    }
                }
            }
        }
        return ended;
    }

    private static String name(Object principal) {
        return principal instanceof UserDetails user ? user.getUsername() : String.valueOf(principal);
    }
}
