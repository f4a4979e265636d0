package org.oncolearn.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rendered manifest and launch page for a small course with hostile text, compared byte for byte with reviewed
 * copies in {@code src/test/resources/export/golden}. After an intended template change, regenerate them with
 * {@code -Dgolden.update=true}, read the diff, and commit it.
 */
class GoldenTemplatesTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "export", "golden");

    static Stream<Arguments> renderedFiles() {
        return Stream.of(ScormStandard.values())
                .flatMap(standard ->
                        Stream.of("imsmanifest.xml", "index.html").map(file -> Arguments.of(standard, file)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("renderedFiles")
    void rendered_templates_match_their_reviewed_copies(ScormStandard standard, String file) throws IOException {
        String rendered = Packages.text(Packages.files(Packages.tricky(), standard), file);
        Path golden = GOLDEN.resolve(standard.key()).resolve(file);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, rendered);
        }

        assertThat(rendered).isEqualTo(Files.readString(golden));
    }
}
