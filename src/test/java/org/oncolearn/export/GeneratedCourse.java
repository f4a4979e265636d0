package org.oncolearn.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntUnaryOperator;

/** Writes a valid course of any size, for tests that need more content than the bundled course has. */
public final class GeneratedCourse {

    private GeneratedCourse() {}

    /**
     * Every check is select-all-that-apply with six options, the most a check may have, so that saved answers take
     * the most room.
     */
    public static Path write(Path root, String id, int lessons, int checksPerLesson) throws IOException {
        return write(root, id, lessons, checksPerLesson, l -> 1, false);
    }

    /**
     * A course whose lessons spread their checks over several objectives (check c of a lesson tests objective
     * {@code c mod objectives}), so that each objective has variants; with {@code confidence}, learners say how sure
     * they are.
     */
    public static Path write(
            Path root, String id, int lessons, int checksPerLesson, IntUnaryOperator objectives, boolean confidence)
            throws IOException {
        Path folder = Files.createDirectories(root.resolve(id));
        StringBuilder course = new StringBuilder()
                .append("id: ")
                .append(id)
                .append("\ntitle: Generated course\nlanguage: en\nmastery: 80\nsummary: Generated for tests.\n")
                .append(confidence ? "confidence: true\n" : "")
                .append("sources:\n  nci:\n    title: National Cancer Institute\n    url: https://www.cancer.gov/\n")
                .append("lessons:\n");
        for (int l = 1; l <= lessons; l++) {
            course.append("  - lesson-").append(l).append(".yaml\n");
            Files.writeString(
                    folder.resolve("lesson-" + l + ".yaml"), lesson(l, checksPerLesson, objectives.applyAsInt(l)));
        }
        Files.writeString(folder.resolve("course.yaml"), course.toString());
        return folder;
    }

    private static String lesson(int number, int checks, int objectives) {
        StringBuilder yaml = new StringBuilder()
                .append("id: lesson-")
                .append(number)
                .append("\ntitle: Lesson number ")
                .append(number)
                .append("\nsummary: A generated lesson.\nobjectives:\n");
        for (int o = 1; o <= objectives; o++) {
            yaml.append("  O")
                    .append(o)
                    .append(": Recall generated facts, part ")
                    .append(o)
                    .append(".\n");
        }
        yaml.append("sources: [nci]\nbody: Generated text for lesson ")
                .append(number)
                .append(".\nchecks:\n");
        for (int c = 1; c <= checks; c++) {
            yaml.append("  - id: l").append(number).append("-c").append(c).append('\n');
            yaml.append("    level: nursing\n    type: multiple\n    objective: O")
                    .append((c - 1) % objectives + 1)
                    .append('\n');
            yaml.append("    stem: Generated question ")
                    .append(c)
                    .append(" of lesson ")
                    .append(number)
                    .append("?\n");
            yaml.append("    sources: [nci]\n    options:\n");
            for (int o = 1; o <= 6; o++) {
                yaml.append("      - text: Option ").append(o).append('\n');
                if (o % 2 == 1) {
                    yaml.append("        key: true\n");
                }
                yaml.append("        rationale: Because of reason ").append(o).append(".\n");
            }
        }
        return yaml.toString();
    }
}
