package org.oncolearn.contentimport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small valid course written to a temporary folder, which each test then breaks in one way. */
final class CourseFolder {

    static final String COURSE = """
            id: demo
            title: Demo course
            language: en
            mastery: 75
            summary: A course for tests.
            lessons:
              - lesson-1.yaml
              - lesson-2.yaml
            sources:
              nci:
                title: National Cancer Institute
                url: https://www.cancer.gov/
              cruk:
                title: Cancer Research UK
                url: https://www.cancerresearchuk.org/
            """;

    static final String LESSON_1 = """
            id: first
            title: First lesson
            summary: Plain words.
            objectives:
              A1: Name a checkpoint inhibitor.
            sources: [nci]
            body: |
              ## Heading
              Some **text**.
            checks:
              - id: a1
                level: nursing
                objective: A1
                stem: Which drug blocks PD-1?
                options:
                  - text: Nivolumab
                    key: true
                    rationale: It is an anti-PD-1 antibody.
                  - text: Cisplatin
                    rationale: Platinum chemotherapy.
                  - text: Tacrolimus
                    rationale: A transplant immunosuppressant.
                sources: [nci]
            """;

    static final String LESSON_2 = """
            id: second
            title: Second lesson
            summary: More plain words.
            objectives:
              B1: Spot side effects.
            sources: [cruk]
            body: Text.
            checks:
              - id: b1
                level: patient
                type: multiple
                objective: B1
                ask: Which side effects should I call about?
                stem: Which of these should you report?
                options:
                  - text: New diarrhoea
                    key: true
                    rationale: Report it today.
                  - text: New cough
                    key: true
                    rationale: Report it today.
                  - text: A good night's sleep
                    rationale: Not a side effect.
                sources: [cruk, nci]
            """;

    private CourseFolder() {}

    static Path write(Path root, String course, String lesson1, String lesson2) throws IOException {
        Path folder = Files.createDirectories(root.resolve("demo"));
        write(folder.resolve("course.yaml"), course);
        write(folder.resolve("lesson-1.yaml"), lesson1);
        write(folder.resolve("lesson-2.yaml"), lesson2);
        return folder;
    }

    static Path valid(Path root) throws IOException {
        return write(root, COURSE, LESSON_1, LESSON_2);
    }

    private static void write(Path file, String text) throws IOException {
        if (text != null) {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
    }
}
