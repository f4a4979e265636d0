package org.oncolearn.export.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.zip.CRC32;
import org.oncolearn.course.Check;
import org.oncolearn.course.CheckType;
import org.oncolearn.course.Course;
import org.oncolearn.course.Lesson;
import org.oncolearn.course.Option;
import org.oncolearn.export.ScormStandard;
import org.oncolearn.export.internal.PackageModel.CheckModel;
import org.oncolearn.export.internal.PackageModel.LessonModel;

/**
 * Assembles every file of a package in memory: the rendered manifest ({@code imsmanifest.xml} or {@code cmi5.xml}) and
 * launch page, the static player, and for SCORM the schema files.
 */
public final class PackageBuilder {

    static final String LAUNCH_PAGE = "index.html";
    static final String CMI5 = "cmi5";
    /** The xAPI side of the player, only in cmi5 packages. */
    static final String CMI5_ADAPTER = "player/cmi5.js";

    static final List<String> PLAYER_FILES = List.of("player/flow.js", "player/player.js", "player/player.css");

    /** The player's own words, from the app's bundle {@code i18n/player}. */
    private static final InterfaceTexts TEXTS = InterfaceTexts.load("i18n/player", InterfaceTexts.LANGUAGES);

    private final Templates templates = new Templates();

    /** Files in the order they go into the zip, the manifest first. */
    public SequencedMap<String, byte[]> build(Course course, ScormStandard standard) {
        PackageModel model = model(course, standard.key(), standard.schemaFiles());
        SequencedMap<String, byte[]> files = new LinkedHashMap<>();
        files.put(
                "imsmanifest.xml",
                utf8(templates.render(standard.key() + "/imsmanifest.xml.vm", Map.of("pkg", model))));
        putPlayer(model, files);
        for (String schema : standard.schemaFiles()) {
            files.put(schema, resource("scorm-schemas/" + standard.key() + "/" + schema));
        }
        return files;
    }

    /** A cmi5 package: {@code cmi5.xml} first, then the same launch page and player as the SCORM packages. */
    public SequencedMap<String, byte[]> buildCmi5(Course course) {
        PackageModel model = model(course, CMI5, List.of());
        SequencedMap<String, byte[]> files = new LinkedHashMap<>();
        files.put("cmi5.xml", utf8(templates.render("cmi5/cmi5.xml.vm", Map.of("pkg", model))));
        putPlayer(model, files);
        files.put(CMI5_ADAPTER, resource("templates/" + CMI5_ADAPTER));
        return files;
    }

    private void putPlayer(PackageModel model, SequencedMap<String, byte[]> files) {
        files.put(LAUNCH_PAGE, utf8(templates.render("player/index.html.vm", Map.of("pkg", model))));
        for (String file : PLAYER_FILES) {
            files.put(file, resource("templates/" + file));
        }
    }

    private static PackageModel model(Course course, String standard, List<String> schemaFiles) {
        InterfaceTexts.Texts texts = TEXTS.forContentIn(course.language());
        List<LessonModel> lessons = new ArrayList<>();
        int checkCount = 0;
        int objectiveCount = 0;
        for (Lesson lesson : course.lessons()) {
            List<CheckModel> checks = new ArrayList<>();
            for (Check check : lesson.courseChecks()) {
                checks.add(new CheckModel(
                        check, interactionId(course, check, standard), check.type() == CheckType.MULTIPLE));
            }
            checkCount += checks.size();
            LessonModel model = new LessonModel(lesson, checks, PackageModel.lessonTitleHtml(texts, course, lesson));
            objectiveCount += model.roundSize();
            lessons.add(model);
        }
        List<String> files = new ArrayList<>();
        files.add(LAUNCH_PAGE);
        files.addAll(PLAYER_FILES);
        files.addAll(schemaFiles);
        return new PackageModel(
                standard,
                course,
                lessons,
                checkCount,
                objectiveCount,
                "OncoLearn-" + course.id(),
                fingerprint(course, lessons),
                files,
                texts);
    }

    /**
     * SCORM 1.2 wants a plain identifier; SCORM 2004 wants a URI and xAPI (cmi5) an IRI, and a URN keeps it readable in
     * LMS reports. Course and check ids are already limited to lowercase letters, digits and hyphens by the loader.
     */
    static String interactionId(Course course, Check check, String standard) {
        return standard.equals(ScormStandard.SCORM12.key())
                ? course.id() + "-" + check.id()
                : PackageModel.IRI_PREFIX + course.id() + ":" + check.id();
    }

    /** Everything saved progress depends on: checks, options, keys, objectives, option shuffling and confidence. */
    private static String fingerprint(Course course, List<LessonModel> lessons) {
        CRC32 crc = new CRC32();
        crc.update(utf8(course.confidence() ? "K" : "-"));
        for (LessonModel lesson : lessons) {
            crc.update(utf8("L" + lesson.lesson().id()));
            for (String objective : lesson.lesson().objectives().keySet()) {
                crc.update(utf8("J" + objective));
            }
            for (CheckModel check : lesson.checks()) {
                crc.update(utf8("C" + check.check().id() + "/" + check.check().objective()
                        + (check.check().shuffle() ? "~" : "=")));
                for (Option option : check.check().options()) {
                    crc.update(utf8("O" + option.id() + (option.key() ? "+" : "-")));
                }
            }
        }
        return Long.toString(crc.getValue(), 36);
    }

    private static byte[] resource(String path) {
        try (InputStream in = PackageBuilder.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing from the application: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + path, e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
