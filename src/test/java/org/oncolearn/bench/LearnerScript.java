package org.oncolearn.bench;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.oncolearn.course.Check;
import org.oncolearn.course.Course;
import org.oncolearn.course.Option;

/**
 * One learner working through lesson 1 as in a browser: start anonymously, open the course, read, then answer each
 * check (right four times in five) and read the feedback, pausing to think before every action.
 */
public final class LearnerScript {

    private final Course course;
    private final long minThinkMillis;
    private final long maxThinkMillis;

    /** A learner who pauses between {@code minThinkMillis} and {@code maxThinkMillis} before each action. */
    public LearnerScript(Course course, long minThinkMillis, long maxThinkMillis) {
        this.course = course;
        this.minThinkMillis = minThinkMillis;
        this.maxThinkMillis = maxThinkMillis;
    }

    /**
     * Runs the script; {@code acknowledged} hears (learner cookie, check id) for every answer the server showed
     * feedback for.
     */
    public void run(UidlClient browser, BiConsumer<String, String> acknowledged)
            throws IOException, InterruptedException {
        browser.open("");
        think();
        browser.click("Continue without a name");
        if (Boolean.getBoolean("bench.homeOnly")) {
            return;
        }
        think();
        browser.click("Start course");
        think();
        browser.clickStartingWith("Start the ");
        while (true) {
            String stem = browser.question().orElseThrow(() -> new IllegalStateException("no check on screen"));
            Check check = check(stem);
            think();
            browser.choose(stem, answer(check));
            browser.click("Check answer");
            if (browser.texts("h3").stream().noneMatch(h -> h.equals("Correct") || h.equals("Not quite"))) {
                throw new IllegalStateException("no feedback after answering " + check.id());
            }
            acknowledged.accept(browser.cookie("oncolearn-learner").orElse("?"), check.id());
            think();
            if (browser.texts("vaadin-button").contains("Next check")) {
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

    private void think() throws InterruptedException {
        if (maxThinkMillis > 0) {
            Thread.sleep(ThreadLocalRandom.current().nextLong(minThinkMillis, maxThinkMillis + 1));
        }
    }
}
