package org.oncolearn.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's export command, run against the packaged jar exactly as an educator or a pipeline would. */
class ExportCommandInJarIT {

    private static final Path JAR = Path.of("target", "oncolearn.jar");

    @TempDir
    Path folder;

    @Test
    void the_jar_writes_a_package_without_starting_the_web_server() throws Exception {
        Path zip = folder.resolve("course.zip");

        Result result = run("export", "--course", "immunotherapy", "--standard", "scorm2004", "--out", zip.toString());

        assertThat(result.code()).isZero();
        assertThat(result.out()).startsWith("wrote " + zip + " (SCORM 2004 4th Edition, 4 lessons, 49 checks, ");
        assertThat(result.out() + result.err()).doesNotContain("Tomcat", "Started Application", "Vaadin");
        try (ZipFile written = new ZipFile(zip.toFile())) {
            assertThat(written.getEntry("imsmanifest.xml")).isNotNull();
        }
    }

    @Test
    void the_jar_fails_with_a_one_line_reason_and_a_non_zero_code() throws Exception {
        Result result = run(
                "export",
                "--course",
                "nope",
                "--standard",
                "scorm12",
                "--out",
                folder.resolve("x.zip").toString());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("error: no course \"nope\" in quizzes (courses there: immunotherapy)\n");
        assertThat(result.out()).isEmpty();
    }

    private record Result(int code, String out, String err) {}

    private static Result run(String... args) throws IOException, InterruptedException {
        assertThat(JAR).as("the packaged application (mvn package)").exists();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("ONCOLEARN_QUIZZES");
        Path out = Files.createTempFile("oncolearn-cli", ".out");
        Path err = Files.createTempFile("oncolearn-cli", ".err");
        Process process =
                builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the command did not finish within 120 s");
        }
        return new Result(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
