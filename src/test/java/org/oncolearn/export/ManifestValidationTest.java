package org.oncolearn.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SequencedMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ManifestValidationTest {

    @ParameterizedTest
    @EnumSource(ScormStandard.class)
    void the_manifest_is_valid_against_the_official_schemas(ScormStandard standard) throws Exception {
        String manifest = Packages.text(Packages.files(Packages.bundled(), standard), "imsmanifest.xml");

        assertThat(ScormSchemas.validateOfficial(manifest, standard)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ScormStandard.class)
    void a_manifest_with_hostile_titles_is_still_valid(ScormStandard standard) throws Exception {
        String manifest = Packages.text(Packages.files(Packages.tricky(), standard), "imsmanifest.xml");

        assertThat(ScormSchemas.validateOfficial(manifest, standard)).isEmpty();
    }

    /**
     * ADL's conformance suite validates a 2004 package with the files it carries. (IMS's 1.2 {@code ims_xml.xsd} binds
     * the reserved {@code xml} prefix, which strict parsers refuse, so 1.2 tools bring their own copy of it.)
     */
    @Test
    void the_2004_manifest_validates_with_only_the_schema_files_the_package_carries(@TempDir Path folder)
            throws Exception {
        Packages.extract(Packages.files(Packages.bundled(), ScormStandard.SCORM2004), folder);

        assertThat(ScormSchemas.validateWithPackagedSchemas(folder)).isEmpty();
        assertThat(ScormSchemas.validateWithPackagedSchemas(breakScoType(folder)))
                .isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(ScormStandard.class)
    void packaged_schema_files_are_the_official_ones_apart_from_line_endings(ScormStandard standard) throws Exception {
        SequencedMap<String, byte[]> files = Packages.files(Packages.bundled(), standard);
        Path official = ScormSchemas.sharedFolder().resolve(standard.key());

        for (String schema : standard.schemaFiles()) {
            assertThat(comparable(files.get(schema)))
                    .as(schema)
                    .isEqualTo(comparable(Files.readAllBytes(official.resolve(schema))));
        }
    }

    @Test
    void validation_catches_a_sco_type_the_2004_schema_does_not_allow() throws Exception {
        String manifest = Packages.text(Packages.files(Packages.bundled(), ScormStandard.SCORM2004), "imsmanifest.xml")
                .replace("adlcp:scormType=\"sco\"", "adlcp:scormType=\"page\"");

        assertThat(ScormSchemas.validateOfficial(manifest, ScormStandard.SCORM2004))
                .anySatisfy(problem -> assertThat(problem).contains("page"));
    }

    @Test
    void validation_catches_a_misspelt_sco_type_attribute_in_12() throws Exception {
        String manifest = Packages.text(Packages.files(Packages.bundled(), ScormStandard.SCORM12), "imsmanifest.xml")
                .replace("adlcp:scormtype=\"sco\"", "adlcp:scormType=\"sco\"");

        assertThat(ScormSchemas.validateOfficial(manifest, ScormStandard.SCORM12))
                .anySatisfy(problem -> assertThat(problem).contains("scormType"));
    }

    private static Path breakScoType(Path folder) throws java.io.IOException {
        Path manifest = folder.resolve("imsmanifest.xml");
        Files.writeString(manifest, Files.readString(manifest).replace("scormType=\"sco\"", "scormType=\"page\""));
        return folder;
    }

    /**
     * Line endings differ between the two copies; so does the CVS {@code $Id} line of W3C's DTDs, and the packaged
     * {@code imscp_v1p1.xsd} imports {@code xml.xsd} from the package instead of from w3.org, which a package needs.
     */
    private static String comparable(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8)
                .replace("\r\n", "\n")
                .replace('\r', '\n')
                .replace("schemaLocation = \"http://www.w3.org/2001/xml.xsd\"", "schemaLocation = \"xml.xsd\"")
                .lines()
                .filter(line -> !line.contains("$Id:"))
                .collect(Collectors.joining("\n"))
                .strip();
    }
}
