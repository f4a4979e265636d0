package org.oncolearn.patient;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.oncolearn.course.Check;
import org.oncolearn.course.Course;
import org.oncolearn.course.Lesson;
import org.oncolearn.course.Level;

/**
 * One person's run through the plain-language checks of a course. It lives only in the open page: nothing is
 * stored, so no personal data can leak.
 */
final class SelfCheck {

    /** A question and the topic (lesson) it belongs to. */
    record Question(int number, Lesson topic, int topicNumber, Check check) {}

    private final Course course;
    private final List<Question> questions = new ArrayList<>();
    private final Map<String, Set<String>> answers = new LinkedHashMap<>();

    SelfCheck(Course course) {
        this.course = course;
        int topicNumber = 0;
        for (Lesson lesson : course.lessons()) {
            List<Check> checks = lesson.checks(Level.PATIENT);
            if (!checks.isEmpty()) {
                topicNumber++;
                for (Check check : checks) {
                    questions.add(new Question(questions.size() + 1, lesson, topicNumber, check));
                }
            }
        }
    }

    Course course() {
        return course;
    }

    List<Question> questions() {
        return List.copyOf(questions);
    }

    int topicCount() {
        return questions.isEmpty() ? 0 : questions.getLast().topicNumber();
    }

    void answer(Question question, Set<String> optionIds) {
        answers.put(question.check().id(), Set.copyOf(optionIds));
    }

    boolean answered(Question question) {
        return answers.containsKey(question.check().id());
    }

    Set<String> answerTo(Question question) {
        return answers.getOrDefault(question.check().id(), Set.of());
    }

    boolean right(Question question) {
        return answered(question) && question.check().isAnsweredCorrectlyBy(answerTo(question));
    }

    List<Question> rightOnes() {
        return questions.stream().filter(this::right).toList();
    }

    List<Question> missed() {
        return questions.stream().filter(q -> !right(q)).toList();
    }

    /** The questions to take to the care team: those of missed questions first, then the rest. */
    List<String> questionsToAsk() {
        List<String> asks = new ArrayList<>();
        missed().forEach(q -> q.check().ask().ifPresent(asks::add));
        rightOnes().forEach(q -> q.check().ask().filter(a -> !asks.contains(a)).ifPresent(asks::add));
        return asks;
    }
}
