package org.oncolearn.delivery;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.io.Serializable;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.oncolearn.attempt.Learner;
import org.oncolearn.attempt.LearnerId;
import org.oncolearn.attempt.LearningService;
import org.springframework.stereotype.Component;

/**
 * Who is learning in this browser. The learner id lives in a long-lived cookie so that closing the browser, or a
 * server restart, brings the learner back to their progress; within a session it is kept in the Vaadin session.
 * Educator sign-in will sit beside this, not replace it: anonymous learning stays possible.
 */
@Component
public class CurrentLearner {

    static final String COOKIE = "oncolearn-learner";
    private static final int COOKIE_SECONDS = (int) Duration.ofDays(365).toSeconds();

    private final LearningService learning;

    public CurrentLearner(LearningService learning) {
        this.learning = learning;
    }

    public Optional<Learner> get() {
        VaadinSession session = VaadinSession.getCurrent();
        Remembered known = session == null ? null : session.getAttribute(Remembered.class);
        if (known != null) {
            return Optional.of(known.learner());
        }
        Optional<Learner> returning = cookieValue().flatMap(LearnerId::parse).flatMap(learning::welcomeBack);
        returning.ifPresent(CurrentLearner::remember);
        return returning;
    }

    /** Starts learning under a new id, with the name given or anonymously when it is blank. */
    public Learner start(String displayName) {
        Learner learner = learning.register(displayName);
        remember(learner);
        writeCookie(learner.id().toString(), COOKIE_SECONDS);
        return learner;
    }

    /** Forgets the learner in this browser; their stored progress stays in the database. */
    public void forget() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(Remembered.class, null);
        }
        writeCookie("", 0);
    }

    private static void remember(Learner learner) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(
                    Remembered.class,
                    new Remembered(learner.id(), learner.displayName().orElse(null)));
        }
    }

    /** The learner as kept in the HTTP session, which must stay serializable. */
    private record Remembered(LearnerId id, String displayName) implements Serializable {
        Learner learner() {
            return new Learner(id, Optional.ofNullable(displayName));
        }
    }

    private static Optional<String> cookieValue() {
        VaadinRequest request = VaadinService.getCurrentRequest();
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies())
                .filter(c -> COOKIE.equals(c.getName()))
                .map(Cookie::getValue)
                .findFirst();
    }

    private static void writeCookie(String value, int maxAgeSeconds) {
        VaadinRequest request = VaadinService.getCurrentRequest();
        VaadinResponse response = VaadinService.getCurrentResponse();
        if (request == null || response == null) {
            return;
        }
        Cookie cookie = new Cookie(COOKIE, value);
        cookie.setMaxAge(maxAgeSeconds);
        String context = request.getContextPath();
        cookie.setPath(context == null || context.isEmpty() ? "/" : context);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
