package org.oncolearn.contentimport.internal;

import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The lesson file names a {@code course.yaml} lists, in teaching order. */
public final class LessonFileNames {

    private LessonFileNames() {}

    /** Empty when the file does not list lessons the way the loader expects. */
    public static List<String> of(String courseYaml) {
        Object root = new Yaml(new SafeConstructor(CourseYaml.options())).load(courseYaml);
        if (root instanceof Map<?, ?> map && map.get("lessons") instanceof List<?> lessons) {
            return lessons.stream().map(String::valueOf).toList();
        }
        return List.of();
    }
}
