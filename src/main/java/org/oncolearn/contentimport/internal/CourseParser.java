package org.oncolearn.contentimport.internal;

import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.oncolearn.contentimport.InvalidCourseException;
import org.oncolearn.course.Course;
import org.oncolearn.course.Lesson;
import org.oncolearn.course.Source;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Parses and validates a whole course folder; throws {@link InvalidCourseException} unless everything is valid. */
public final class CourseParser {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final Pattern LESSON_FILE = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*\\.ya?ml");
    private static final String COURSE_FILE = "course.yaml";
    private static final Set<String> COURSE_FIELDS =
            Set.of("id", "title", "language", "mastery", "summary", "reviewed", "lessons", "sources", "confidence");

    private final CourseFiles files;
    private final Problems problems = new Problems();

    public CourseParser(CourseFiles files) {
        this.files = files;
    }

    public Course parse() {
        Optional<Course> course = readYaml(COURSE_FILE)
                .flatMap(root -> YamlMap.of(files.displayPath(COURSE_FILE), root, "", problems))
                .flatMap(this::course);
        if (!problems.isEmpty() || course.isEmpty()) {
            throw new InvalidCourseException(problems.list());
        }
        return course.get();
    }

    /**
     * The {@code id} a {@code course.yaml} text declares, when it is a valid course id; empty otherwise. Used to name
     * a course whose files arrive without their folder; everything else about the file is judged by {@link #parse}.
     */
    public static Optional<String> declaredId(String courseYaml) {
        try {
            Node root = new Yaml(CourseYaml.options()).compose(new StringReader(courseYaml));
            if (root instanceof MappingNode mapping) {
                for (NodeTuple field : mapping.getValue()) {
                    if (field.getKeyNode() instanceof ScalarNode key
                            && key.getValue().equals("id")
                            && field.getValueNode() instanceof ScalarNode value
                            && ID.matcher(value.getValue()).matches()) {
                        return Optional.of(value.getValue());
                    }
                }
            }
        } catch (YAMLException e) {
            // The full parse reports the broken file with its line.
        }
        return Optional.empty();
    }

    private Optional<Course> course(YamlMap root) {
        root.allowOnly(COURSE_FIELDS);
        Optional<String> id = root.text("id", true);
        id.ifPresent(value -> {
            if (!value.equals(files.folderName())) {
                root.problem(
                        root.line("id"),
                        "course id " + Quoted.of(value) + " does not match its folder name "
                                + Quoted.of(files.folderName()));
            }
        });
        Optional<String> title = root.text("title", true);
        Optional<String> language = root.text("language", true)
                .filter(value ->
                        matches(root, "language", value, LANGUAGE, "is not a language tag such as \"en\" or \"de\""));
        int mastery = mastery(root);
        boolean confidence = root.flag("confidence", false);
        Optional<String> summary = root.text("summary", true);
        Optional<LocalDate> reviewed = reviewed(root);
        Map<String, Source> sources = sources(root);
        List<Lesson> lessons = lessons(root, sources);
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Course(
                id.orElseThrow(),
                title.orElseThrow(),
                language.orElseThrow(),
                mastery,
                summary.orElseThrow(),
                reviewed,
                lessons,
                Course.FILE_VERSION,
                confidence));
    }

    private static boolean matches(YamlMap map, String field, String value, Pattern pattern, String complaint) {
        if (pattern.matcher(value).matches()) {
            return true;
        }
        map.problem(map.line(field), "field \"" + field + "\" value " + Quoted.of(value) + " " + complaint);
        return false;
    }

    private static int mastery(YamlMap root) {
        Optional<String> text = root.text("mastery", false);
        if (text.isEmpty()) {
            return Course.DEFAULT_MASTERY_PERCENT;
        }
        try {
            int value = Integer.parseInt(text.get().replace("%", "").strip());
            if (value >= 1 && value <= 100) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        root.problem(
                root.line("mastery"), "mastery must be a whole percentage from 1 to 100, not " + Quoted.of(text.get()));
        return Course.DEFAULT_MASTERY_PERCENT;
    }

    private static Optional<LocalDate> reviewed(YamlMap root) {
        return root.text("reviewed", false).flatMap(text -> {
            try {
                return Optional.of(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                root.problem(root.line("reviewed"), "reviewed must be a date like 2026-01-31, not " + Quoted.of(text));
                return Optional.empty();
            }
        });
    }

    private Map<String, Source> sources(YamlMap root) {
        Map<String, Source> sources = new LinkedHashMap<>();
        root.entriesOf("sources", true)
                .ifPresent(entries -> entries.forEach((key, node) -> {
                    String owner = "source " + Quoted.of(key);
                    YamlMap.of(root.file(), node, owner, problems).ifPresent(source -> {
                        source.allowOnly(Set.of("title", "url"));
                        Optional<String> title = source.text("title", true);
                        Optional<URI> url = source.text("url", true).flatMap(text -> webAddress(source, text));
                        if (title.isPresent() && url.isPresent()) {
                            sources.put(key, new Source(key, title.get(), url.get()));
                        }
                    });
                }));
        return sources;
    }

    /** An http(s) address with a host, or empty with the problem reported on the source's url line. */
    static Optional<URI> webAddress(YamlMap source, String text) {
        try {
            URI uri = new URI(text);
            if (uri.getHost() != null && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                return Optional.of(uri);
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        source.problem(source.line("url"), "url " + Quoted.of(text) + " is not a web address starting with https://");
        return Optional.empty();
    }

    private List<Lesson> lessons(YamlMap root, Map<String, Source> sources) {
        List<Lesson> lessons = new ArrayList<>();
        Set<String> seenFiles = new HashSet<>();
        UniqueIds ids = new UniqueIds();
        root.list("lessons", true).ifPresent(entries -> {
            for (Node entry : entries) {
                int line = YamlMap.lineOf(entry);
                if (!(entry instanceof ScalarNode scalar)
                        || !LESSON_FILE.matcher(scalar.getValue()).matches()) {
                    root.problem(line, "each lesson entry must be a file name in this folder, like lesson-1.yaml");
                    continue;
                }
                String fileName = scalar.getValue();
                if (!seenFiles.add(fileName)) {
                    root.problem(line, "lesson file \"" + fileName + "\" is listed twice");
                    continue;
                }
                lesson(root, fileName, line, lessons.size() + 1, sources, ids).ifPresent(lessons::add);
            }
        });
        return lessons;
    }

    private Optional<Lesson> lesson(
            YamlMap root, String fileName, int listedAtLine, int number, Map<String, Source> sources, UniqueIds ids) {
        Optional<Node> document = readYaml(fileName);
        if (document.isEmpty() && !files.exists(fileName)) {
            root.problem(listedAtLine, "lesson file \"" + fileName + "\" not found");
        }
        return document.flatMap(node -> YamlMap.of(files.displayPath(fileName), node, "lesson", problems))
                .flatMap(map -> new LessonParser(map, number, sources, ids).parse());
    }

    /** The document's root node, or empty with a problem reported; a missing file is reported by the caller. */
    private Optional<Node> readYaml(String fileName) {
        String shown = files.displayPath(fileName);
        Optional<String> text;
        try {
            text = files.read(fileName);
        } catch (CourseFiles.UnreadableFileException e) {
            problems.add(shown, e.line(), "cannot be read: it " + e.getMessage());
            return Optional.empty();
        }
        if (text.isEmpty()) {
            if (COURSE_FILE.equals(fileName)) {
                problems.add(shown, 0, "not found: every course folder needs a course.yaml");
            }
            return Optional.empty();
        }
        LoaderOptions options = CourseYaml.options();
        try {
            Node root = new Yaml(options).compose(new StringReader(text.get()));
            if (root == null) {
                problems.add(shown, 1, "the file is empty");
                return Optional.empty();
            }
            return Optional.of(root);
        } catch (YAMLException e) {
            problems.add(shown, YamlErrors.line(e, text.get(), options), "is not valid YAML: " + YamlErrors.reason(e));
        }
        return Optional.empty();
    }
}
