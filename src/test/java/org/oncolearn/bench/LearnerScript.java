package org.oncolearn.bench;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.oncolearn.course.Check;
import org.oncolearn.course.Course;
import org.oncolearn.course.Option;

/**
 * One learner working through lesson 1 as in a browser: start anonymously, open the course, read, then answer each
 * check (right four times in five) and read the feedback, pausing before every action as long as its {@link Pace}
 * says. A learner may leave after the feedback of a check, closing the browser, and come back later in a new one to
 * continue where the stored progress says.
 */
public final class LearnerScript {

    /** A pause drawn uniformly between two bounds, in milliseconds. */
    public record Pause(long minMillis, long maxMillis) {

        public static final Pause NONE = new Pause(0, 0);

        long draw() {
            return maxMillis <= 0 ? 0 : ThreadLocalRandom.current().nextLong(minMillis, maxMillis + 1);
        }
    }

    /**
     * How long a learner pauses before each kind of action: finding the next button on the start page or after
     * coming back, reading the lesson, reading a check and choosing an answer, and reading the feedback.
     */
    public record Pace(Pause click, Pause readLesson, Pause answer, Pause readFeedback) {

        public static Pace uniform(long minMillis, long maxMillis) {
            Pause pause = new Pause(minMillis, maxMillis);
            return new Pace(pause, pause, pause, pause);
        }
    }

    /**
     * Whether and when this learner leaves mid-lesson: after the feedback of check {@code afterCheck} (1-based) they
     * close the browser and come back after {@code awayMillis} in a new one (same learner cookie, no session).
     */
    public record Departure(int afterCheck, long awayMillis) {}

    private final Course course;
    private final Pace pace;

    /** A learner who pauses between {@code minThinkMillis} and {@code maxThinkMillis} before each action. */
    public LearnerScript(Course course, long minThinkMillis, long maxThinkMillis) {
        this(course, Pace.uniform(minThinkMillis, maxThinkMillis));
    }

    public LearnerScript(Course course, Pace pace) {
        this.course = course;
        this.pace = pace;
    }

    /**
     * Runs the script; {@code acknowledged} hears (learner cookie, check id) for every answer the server showed
     * feedback for.
     */
    public void run(UidlClient browser, BiConsumer<String, String> acknowledged)
            throws IOException, InterruptedException {
        run(() -> browser, acknowledged, null);
    }

    /**
     * Runs the script in browsers made by {@code browsers}: one, or a second one after a {@code departure} (null for a
     * learner who stays).
     */
    public void run(Supplier<UidlClient> browsers, BiConsumer<String, String> acknowledged, Departure departure)
            throws IOException, InterruptedException {
        UidlClient browser = browsers.get();
        browser.open("");
        pause(pace.click());
        browser.click("Continue without a name");
        if (Boolean.getBoolean("bench.homeOnly")) {
            return;
        }
        pause(pace.click());
        browser.click("Start course");
        pause(pace.readLesson());
        browser.clickStartingWith("Start the ");
        int answered = 0;
        while (true) {
            String stem = browser.question().orElseThrow(() -> new IllegalStateException("no check on screen"));
            Check check = check(stem);
            pause(pace.answer());
            browser.choose(stem, answer(check));
            browser.click("Check answer");
            if (browser.texts("h3").stream().noneMatch(h -> h.equals("Correct") || h.equals("Not quite"))) {
                throw new IllegalStateException("no feedback after answering " + check.id());
            }
            acknowledged.accept(browser.cookie("oncolearn-learner").orElse("?"), check.id());
            answered++;
            pause(pace.readFeedback());
            boolean last = !browser.texts("vaadin-button").contains("Next check");
            if (departure != null && answered == departure.afterCheck() && !last) {
                // The browser is closed: its session stays on the server until it times out. A new browser keeps
                // only the year-long learner cookie, and the start page leads back to the next check.
                Thread.sleep(departure.awayMillis());
                UidlClient returning = browsers.get();
                returning.copyCookies(browser, Set.of("JSESSIONID"));
                browser = returning;
                browser.open("");
                pause(pace.click());
                browser.click("Continue course");
                continue;
            }
            if (!last) {
                browser.click("Next check");
            } else {
                browser.click("See your lesson result");
                break;
            }
        }
        if (browser.texts("h2").stream().noneMatch(h -> h.startsWith("Lesson 1"))) {
            throw new IllegalStateException("no lesson result");
        }
    }

    private Check check(String stem) {
        return course.lessons().getFirst().checks().stream()
                .filter(c -> c.stem().equals(stem))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown check: " + stem));
    }

    private static Set<String> answer(Check check) {
        boolean right = ThreadLocalRandom.current().nextInt(5) > 0;
        Set<String> keys =
                check.options().stream().filter(Option::key).map(Option::text).collect(Collectors.toSet());
        if (right) {
            return keys;
        }
        return check.options().stream()
                .filter(o -> !o.key())
                .findFirst()
                .map(o -> Set.of(o.text()))
                .orElse(keys);
    }

    private static void pause(Pause pause) throws InterruptedException {
        long millis = pause.draw();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }
}
