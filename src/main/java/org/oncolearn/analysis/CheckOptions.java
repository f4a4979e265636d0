package org.oncolearn.analysis;

import java.util.List;
import java.util.Set;
import org.oncolearn.course.Check;
import org.oncolearn.course.Course;
import org.oncolearn.course.Option;

/**
 * What the course says about a check's options, so that an option nobody chose still shows up with a share of 0.
 *
 * @param optionIds in the order the course lists them
 */
public record CheckOptions(String checkId, List<String> optionIds, Set<String> keyIds) {

    public CheckOptions {
        optionIds = List.copyOf(optionIds);
        keyIds = Set.copyOf(keyIds);
    }

    /** Every check of the course, lesson by lesson, in the order the lessons list them. */
    public static List<CheckOptions> of(Course course) {
        return course.lessons().stream()
                .flatMap(lesson -> lesson.checks().stream())
                .map(CheckOptions::of)
                .toList();
    }

    public static CheckOptions of(Check check) {
        return new CheckOptions(
                check.id(), check.options().stream().map(Option::id).toList(), check.keyIds());
    }
}
