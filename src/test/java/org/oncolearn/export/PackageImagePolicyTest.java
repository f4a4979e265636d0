package org.oncolearn.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oncolearn.contentimport.LessonHtml;
import org.oncolearn.course.Course;
import org.oncolearn.course.Lesson;
import org.oncolearn.course.LessonText;

/**
 * Every image address the lesson loader lets through (web addresses and inline raster images) is also allowed by
 * the Content-Security-Policy of the exported launch page, so a lesson's pictures show in the LMS as in the app.
 */
class PackageImagePolicyTest {

    private static final Pattern CSP = Pattern.compile("http-equiv=\"Content-Security-Policy\" content=\"([^\"]+)\"");
    private static final Pattern IMG = Pattern.compile("<img src=\"([^\"]+)\"");

    @ParameterizedTest
    @EnumSource(ScormStandard.class)
    void images_that_lessons_may_show_are_allowed_by_the_packages_content_security_policy(ScormStandard standard) {
        String markdown = """
                A diagram: ![T cell](https://upload.wikimedia.org/t-cell.png)

                An older site: ![Tumour](http://example.org/tumour.gif)

                Inline: ![dot](data:image/png;base64,iVBORw0KGgo=)
                """;
        assertThat(LessonHtml.render(markdown)).contains("<img src=\"https:", "<img src=\"http:", "<img src=\"data:");

        String page =
                Packages.text(Packages.files(withFirstLessonText(Packages.tricky(), markdown), standard), "index.html");

        Matcher csp = CSP.matcher(page);
        assertThat(csp.find()).isTrue();
        List<String> imgSrc = directive(csp.group(1), "img-src");
        List<String> sources = new ArrayList<>();
        for (Matcher img = IMG.matcher(page); img.find(); ) {
            sources.add(img.group(1).replace("&amp;", "&"));
        }
        assertThat(sources)
                .hasSize(3)
                .allSatisfy(source -> assertThat(allowed(imgSrc, source))
                        .as("img-src %s allows %s", imgSrc, source)
                        .isTrue());
    }

    private static boolean allowed(List<String> sources, String address) {
        String scheme = URI.create(address.replace(" ", "%20")).getScheme();
        return scheme == null ? sources.contains("'self'") : sources.contains(scheme + ":");
    }

    private static List<String> directive(String policy, String name) {
        for (String directive : policy.split(";")) {
            List<String> parts = Arrays.asList(directive.strip().split("\\s+"));
            if (parts.getFirst().equals(name)) {
                return parts.subList(1, parts.size());
            }
        }
        return directive(policy, "default-src");
    }

    private static Course withFirstLessonText(Course course, String markdown) {
        List<Lesson> lessons = new ArrayList<>(course.lessons());
        Lesson l = lessons.getFirst();
        lessons.set(
                0,
                new Lesson(
                        l.id(),
                        l.number(),
                        l.title(),
                        l.summary(),
                        new LessonText(markdown, LessonHtml.render(markdown)),
                        l.objectives(),
                        l.sources(),
                        l.checks(),
                        l.review()));
        return course.withLessons(lessons);
    }
}
