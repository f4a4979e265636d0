package org.oncolearn.export.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import org.oncolearn.course.Check;
import org.oncolearn.course.Course;
import org.oncolearn.course.Lesson;
import org.oncolearn.course.Level;
import org.oncolearn.course.Source;
import org.oncolearn.export.internal.QtiModel.ItemModel;
import org.oncolearn.export.internal.QtiModel.SectionModel;
import org.oncolearn.export.internal.QtiModel.TestModel;

/**
 * Assembles a QTI 3.0 content package in memory: the manifest, one {@code qti-assessment-item} per check (every check,
 * like the other question banks) and one {@code qti-assessment-test} per lesson.
 */
public final class QtiPackageBuilder {

    private final Templates templates = new Templates();

    /** Files in the order they go into the zip, the manifest first. */
    public SequencedMap<String, byte[]> build(Course course) {
        QtiModel model = model(course);
        SequencedMap<String, byte[]> files = new LinkedHashMap<>();
        files.put("imsmanifest.xml", utf8(templates.render("qti3/imsmanifest.xml.vm", Map.of("qti", model))));
        for (TestModel test : model.tests()) {
            files.put(test.file(), utf8(templates.render("qti3/test.xml.vm", Map.of("test", test))));
        }
        for (ItemModel item : model.items()) {
            files.put(item.file(), utf8(templates.render("qti3/item.xml.vm", Map.of("item", item))));
        }
        return files;
    }

    static QtiModel model(Course course) {
        List<TestModel> tests = new ArrayList<>();
        List<ItemModel> items = new ArrayList<>();
        for (Lesson lesson : course.lessons()) {
            List<SectionModel> sections = new ArrayList<>();
            for (Level level : Level.values()) {
                List<ItemModel> inSection = new ArrayList<>();
                for (Check check : lesson.checks(level)) {
                    List<Source> sources = check.sources().isEmpty() ? lesson.sources() : check.sources();
                    String identifier = "item-" + check.id();
                    inSection.add(new ItemModel(
                            identifier, "items/" + identifier + ".xml", check, lesson, course.language(), sources));
                }
                if (!inSection.isEmpty()) {
                    sections.add(new SectionModel(
                            "section-" + lesson.id() + "-" + level.name().toLowerCase(java.util.Locale.ROOT),
                            level == Level.NURSING ? "Nursing checks" : "Patient checks",
                            inSection));
                    items.addAll(inSection);
                }
            }
            String identifier = "test-" + lesson.id();
            tests.add(new TestModel(identifier, "tests/" + identifier + ".xml", lesson, sections));
        }
        String identifier =
                "oncolearn-" + course.id() + (course.version() > 0 ? "-v" + course.version() : "") + "-qti3";
        return new QtiModel(course, identifier, tests, items);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
