package org.oncolearn.contentimport.internal;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import org.oncolearn.course.Check;
import org.oncolearn.course.Course;
import org.oncolearn.course.Lesson;
import org.oncolearn.course.Level;
import org.oncolearn.course.Option;
import org.oncolearn.course.Review;
import org.oncolearn.course.Source;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Writes a course in the {@code quizzes/} file format, so that what the editor saves can live in version control and
 * loads back as the same course. Values are emitted through SnakeYAML's node serializer, which quotes or escapes
 * whatever would otherwise be read back differently.
 */
public final class CourseEmitter {

    public static final String COURSE_FILE = "course.yaml";
    private static final String HEADER =
            "# Written by the OncoLearn course editor. Format: quizzes/README.md. Edit freely; the app validates it.\n";

    private CourseEmitter() {}

    /** The files of a course: {@code course.yaml} first, then {@code lesson-1.yaml} onwards. */
    public static SequencedMap<String, String> files(Course course) {
        SequencedMap<String, String> files = new LinkedHashMap<>();
        files.put(COURSE_FILE, emit(courseNode(course)));
        for (int i = 0; i < course.lessons().size(); i++) {
            files.put(lessonFile(i), emit(lessonNode(course.lessons().get(i))));
        }
        return files;
    }

    public static String lessonFile(int index) {
        return "lesson-" + (index + 1) + ".yaml";
    }

    private static MappingNode courseNode(Course course) {
        Fields fields = new Fields();
        fields.text("id", course.id());
        fields.text("title", course.title());
        fields.text("language", course.language());
        fields.put(
                "mastery",
                new ScalarNode(Tag.INT, String.valueOf(course.masteryPercent()), null, null, ScalarStyle.PLAIN));
        fields.text("summary", course.summary());
        if (course.confidence()) {
            fields.put("confidence", new ScalarNode(Tag.BOOL, "true", null, null, ScalarStyle.PLAIN));
        }
        course.reviewed().ifPresent(date -> fields.put("reviewed", date(date.toString())));
        List<Node> lessonFiles = new ArrayList<>();
        for (int i = 0; i < course.lessons().size(); i++) {
            lessonFiles.add(plain(lessonFile(i)));
        }
        fields.put("lessons", new SequenceNode(Tag.SEQ, lessonFiles, FlowStyle.BLOCK));
        Fields sources = new Fields();
        for (Source source : citedSources(course).values()) {
            Fields entry = new Fields();
            entry.text("title", source.title());
            entry.text("url", source.url().toString());
            sources.put(source.key(), entry.node());
        }
        fields.put("sources", sources.node());
        return fields.node();
    }

    /** The course file declares exactly the sources that lessons and checks cite, in the order first cited. */
    private static Map<String, Source> citedSources(Course course) {
        Map<String, Source> cited = new LinkedHashMap<>();
        for (Lesson lesson : course.lessons()) {
            lesson.sources().forEach(s -> cited.putIfAbsent(s.key(), s));
            lesson.checks().forEach(c -> c.sources().forEach(s -> cited.putIfAbsent(s.key(), s)));
        }
        return cited;
    }

    private static MappingNode lessonNode(Lesson lesson) {
        Fields fields = new Fields();
        fields.text("id", lesson.id());
        fields.text("title", lesson.title());
        Fields objectives = new Fields();
        lesson.objectives().forEach(objectives::text);
        fields.put("objectives", objectives.node());
        fields.put("sources", sourceKeys(lesson.sources()));
        fields.text("summary", lesson.summary());
        fields.text("body", lesson.text().markdown());
        lesson.review().ifPresent(review -> fields.put("review", reviewNode(review)));
        List<Node> checks = new ArrayList<>();
        lesson.checks().forEach(check -> checks.add(checkNode(check)));
        fields.put("checks", new SequenceNode(Tag.SEQ, checks, FlowStyle.BLOCK));
        return fields.node();
    }

    private static MappingNode checkNode(Check check) {
        Fields fields = new Fields();
        fields.text("id", check.id());
        if (check.drafted()) {
            // First after the id, so that someone reading the file sees at once that this is a proposal.
            fields.put("drafted", new ScalarNode(Tag.BOOL, "true", null, null, ScalarStyle.PLAIN));
        }
        fields.text("level", check.level().name().toLowerCase(java.util.Locale.ROOT));
        fields.text("type", check.type().name().toLowerCase(java.util.Locale.ROOT));
        fields.text("objective", check.objective());
        fields.text("stem", check.stem());
        List<Node> options = new ArrayList<>();
        for (Option option : check.options()) {
            Fields entry = new Fields();
            entry.text("text", option.text());
            if (option.key()) {
                entry.put("key", new ScalarNode(Tag.BOOL, "true", null, null, ScalarStyle.PLAIN));
            }
            entry.text("rationale", option.rationale());
            options.add(entry.node());
        }
        fields.put("options", new SequenceNode(Tag.SEQ, options, FlowStyle.BLOCK));
        fields.put("sources", sourceKeys(check.sources()));
        if (check.level() == Level.PATIENT || check.ask().isPresent()) {
            fields.text("ask", check.ask().orElse(""));
        }
        if (!check.shuffle()) {
            fields.put("shuffle", new ScalarNode(Tag.BOOL, "false", null, null, ScalarStyle.PLAIN));
        }
        check.review().ifPresent(review -> fields.put("review", reviewNode(review)));
        return fields.node();
    }

    private static MappingNode reviewNode(Review review) {
        Fields fields = new Fields();
        fields.text("reviewer", review.reviewer());
        fields.put("review-by", date(review.reviewBy().toString()));
        return fields.node();
    }

    private static SequenceNode sourceKeys(List<Source> sources) {
        List<Node> keys = new ArrayList<>();
        sources.forEach(s -> keys.add(plain(s.key())));
        return new SequenceNode(Tag.SEQ, keys, FlowStyle.FLOW);
    }

    private static ScalarNode plain(String value) {
        return new ScalarNode(Tag.STR, value, null, null, ScalarStyle.PLAIN);
    }

    private static ScalarNode date(String value) {
        return new ScalarNode(Tag.TIMESTAMP, value, null, null, ScalarStyle.PLAIN);
    }

    /** Multi-line text (lesson Markdown) is written as a literal block so it stays readable in a diff. */
    private static ScalarNode text(String value) {
        ScalarStyle style = value.contains("\n") ? ScalarStyle.LITERAL : ScalarStyle.PLAIN;
        return new ScalarNode(Tag.STR, value, null, null, style);
    }

    private static String emit(Node root) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(110);
        options.setSplitLines(true);
        options.setAllowUnicode(true);
        StringWriter out = new StringWriter();
        out.write(HEADER);
        new Yaml(options).serialize(root, out);
        return out.toString();
    }

    /** Ordered fields of a mapping being written. */
    private static final class Fields {
        private final List<NodeTuple> tuples = new ArrayList<>();

        void text(String name, String value) {
            put(name, CourseEmitter.text(value == null ? "" : value));
        }

        void put(String name, Node value) {
            tuples.add(new NodeTuple(plain(name), value));
        }

        MappingNode node() {
            return new MappingNode(Tag.MAP, tuples, FlowStyle.BLOCK);
        }
    }
}
