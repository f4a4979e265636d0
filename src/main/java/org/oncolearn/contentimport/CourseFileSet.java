package org.oncolearn.contentimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.oncolearn.contentimport.internal.CourseFiles;
import org.oncolearn.contentimport.internal.CourseParser;
import org.oncolearn.course.Course;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The files of one course in the {@code quizzes/} format, held in memory: what the editor saves, what a version
 * stores, and what is downloaded or written into the content folder.
 *
 * @param folderName the course id, which is also its folder name
 * @param files file name → YAML text, {@code course.yaml} first
 */
public record CourseFileSet(String folderName, SequencedMap<String, String> files) {

    public static final String COURSE_FILE = "course.yaml";
    private static final Pattern LESSON_FILE = Pattern.compile("lesson-\\d+\\.yaml");

    public CourseFileSet {
        files = new LinkedHashMap<>(files);
    }

    public static String lessonFile(int index) {
        return "lesson-" + (index + 1) + ".yaml";
    }

    @Override
    public SequencedMap<String, String> files() {
        return java.util.Collections.unmodifiableSequencedMap(files);
    }

    /**
     * Loads the files exactly as the app loads a course folder.
     *
     * @throws InvalidCourseException listing every problem with file and line
     */
    public Course load() {
        return new CourseParser(CourseFiles.inMemory(folderName, files)).parse();
    }

    /** The problems the loader finds, empty when the files make a valid course. */
    public List<ContentProblem> problems() {
        try {
            load();
            return List.of();
        } catch (InvalidCourseException e) {
            return e.problems();
        }
    }

    /**
     * The field a problem points at, as {@code file#path}: for example {@code lesson-2.yaml#checks.3.stem} is the
     * stem of the fourth check of lesson 2. Empty when the problem has no line or the line holds no field.
     */
    public Optional<String> fieldOf(ContentProblem problem) {
        String file = problem.file().substring(problem.file().lastIndexOf('/') + 1);
        if (problem.line() <= 0 || !files.containsKey(file)) {
            return Optional.empty();
        }
        return Optional.ofNullable(fieldLines(file).get(problem.line())).map(path -> file + "#" + path);
    }

    /** For each line, the deepest field that starts on it. */
    private Map<Integer, String> fieldLines(String file) {
        Map<Integer, String> lines = new HashMap<>();
        try {
            LoaderOptions options = new LoaderOptions();
            options.setCodePointLimit(Integer.MAX_VALUE);
            Node root = new Yaml(options).compose(new StringReader(files.get(file)));
            walk(root, "", lines);
        } catch (RuntimeException e) {
            // Unparseable YAML has no fields to point at; the problem is then shown with its line only.
        }
        return lines;
    }

    private static void walk(Node node, String path, Map<Integer, String> lines) {
        if (node == null) {
            return;
        }
        if (!path.isEmpty()) {
            lines.put(node.getStartMark().getLine() + 1, path);
        }
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    String child = path.isEmpty() ? key.getValue() : path + "." + key.getValue();
                    lines.put(key.getStartMark().getLine() + 1, child);
                    walk(tuple.getValueNode(), child, lines);
                    lines.put(key.getStartMark().getLine() + 1, deeperOf(lines, key, child));
                }
            }
        } else if (node instanceof SequenceNode sequence) {
            List<Node> items = sequence.getValue();
            for (int i = 0; i < items.size(); i++) {
                walk(items.get(i), path + "." + i, lines);
            }
        }
    }

    /** A key line is claimed by the key itself unless a nested field starts on the same line (e.g. "- text: …"). */
    private static String deeperOf(Map<Integer, String> lines, ScalarNode key, String keyPath) {
        String recorded = lines.get(key.getStartMark().getLine() + 1);
        return recorded != null && recorded.startsWith(keyPath) ? recorded : keyPath;
    }

    /** A zip holding the course folder, as an educator downloads it to put under version control. */
    public byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(folderName + "/" + file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Writes the files into {@code contentRoot/<id>/}. Each file is written to a temporary name and then moved into
     * place, so a crash never leaves a half-written file; lesson files the course no longer lists are removed last.
     */
    public Path writeInto(Path contentRoot) throws IOException {
        Path folder = contentRoot.resolve(folderName).normalize();
        if (!folder.getParent().equals(contentRoot.normalize())) {
            throw new IOException("course id \"" + folderName + "\" is not a plain folder name");
        }
        Files.createDirectories(folder);
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = folder.resolve(file.getKey());
            Path temporary = Files.createTempFile(folder, ".saving-", ".tmp");
            try {
                Files.writeString(temporary, file.getValue(), StandardCharsets.UTF_8);
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        }
        try (Stream<Path> existing = Files.list(folder)) {
            for (Path stale : existing.filter(
                            p -> LESSON_FILE.matcher(p.getFileName().toString()).matches())
                    .filter(p -> !files.containsKey(p.getFileName().toString()))
                    .toList()) {
                Files.delete(stale);
            }
        }
        return folder;
    }
}
