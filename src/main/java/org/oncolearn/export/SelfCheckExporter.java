package org.oncolearn.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.oncolearn.course.Course;
import org.oncolearn.course.WarningSigns;
import org.oncolearn.export.internal.ExportFile;
import org.oncolearn.export.internal.SelfCheckBuilder;

/**
 * The patient self-check as one self-contained HTML file: what {@code /self-check} serves, and what a care team can put
 * on a hospital web site or open from a USB stick. No other files, no requests, nothing stored outside the tab.
 */
public class SelfCheckExporter {

    public static final String STANDARD = "self-check";

    private final SelfCheckBuilder builder = new SelfCheckBuilder();

    /** The page as UTF-8 bytes and the content security policy it declares. */
    public record SelfCheckFile(byte[] html, String contentSecurityPolicy) {}

    /** @param language the interface language the page shows before its script runs, {@code en} or {@code de} */
    public SelfCheckFile render(Course course, WarningSigns signs, String language) {
        return render(course, signs, language, 1, false);
    }

    /**
     * @param set which variant of each objective's question to ask, from 1
     * @param online served by the app, so the summary can link to the next set of questions
     */
    public SelfCheckFile render(Course course, WarningSigns signs, String language, int set, boolean online) {
        SelfCheckBuilder.Page page = builder.render(course.forLearners(), signs, language, set, online);
        return new SelfCheckFile(page.html().getBytes(StandardCharsets.UTF_8), page.contentSecurityPolicy());
    }

    /** How many questions one visit asks: one per objective that has patient checks. */
    public static int questions(Course course) {
        return (int) course.lessons().stream()
                .mapToLong(l -> l.checks(org.oncolearn.course.Level.PATIENT).stream()
                        .map(org.oncolearn.course.Check::objective)
                        .distinct()
                        .count())
                .sum();
    }

    /** How many different sets of questions the self-check can ask. */
    public static int sets(Course course) {
        return SelfCheckBuilder.sets(course);
    }

    /** A page that says the self-check is not available, for a server whose catalog has no patient questions. */
    public SelfCheckFile unavailable(WarningSigns signs) {
        return render(
                new Course(
                        "self-check",
                        "OncoLearn",
                        "en",
                        Course.DEFAULT_MASTERY_PERCENT,
                        "",
                        Optional.empty(),
                        List.of(),
                        Course.FILE_VERSION),
                signs,
                "en");
    }

    /** Written beside the target and then moved into place, like the packages, so no half file is ever left. */
    public void writeTo(Course course, WarningSigns signs, String language, Path target) throws IOException {
        byte[] html = render(course, signs, language).html();
        ExportFile.write(target, out -> out.write(html));
    }

    public static String fileName(Course course) {
        return course.id() + (course.version() > 0 ? "-v" + course.version() : "") + "-self-check.html";
    }
}
