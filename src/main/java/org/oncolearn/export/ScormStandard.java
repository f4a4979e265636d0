package org.oncolearn.export;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The LMS standards a course can be exported to, with the official schema files each package must carry. */
public enum ScormStandard implements ExportFormat {
    SCORM12(
            "scorm12",
            "SCORM 1.2",
            List.of("imscp_rootv1p1p2.xsd", "adlcp_rootv1p2.xsd", "imsmd_rootv1p2p1.xsd", "ims_xml.xsd")),
    SCORM2004(
            "scorm2004",
            "SCORM 2004 4th Edition",
            List.of(
                    "imscp_v1p1.xsd",
                    "adlcp_v1p3.xsd",
                    "adlseq_v1p3.xsd",
                    "adlnav_v1p3.xsd",
                    "imsss_v1p0.xsd",
                    "imsss_v1p0auxresource.xsd",
                    "imsss_v1p0control.xsd",
                    "imsss_v1p0delivery.xsd",
                    "imsss_v1p0limit.xsd",
                    "imsss_v1p0objective.xsd",
                    "imsss_v1p0random.xsd",
                    "imsss_v1p0rollup.xsd",
                    "imsss_v1p0seqrule.xsd",
                    "imsss_v1p0util.xsd",
                    "xml.xsd",
                    "XMLSchema.dtd",
                    "datatypes.dtd"));

    private final String key;
    private final String label;
    private final List<String> schemaFiles;

    ScormStandard(String key, String label, List<String> schemaFiles) {
        this.key = key;
        this.label = label;
        this.schemaFiles = schemaFiles;
    }

    /** The short name used on the command line, in file names and by the player: {@code scorm12}, {@code scorm2004}. */
    @Override
    public String key() {
        return key;
    }

    @Override
    public String label() {
        return label;
    }

    /** Schema files the manifest refers to; SCORM's packaging rules want them at the package root. */
    public List<String> schemaFiles() {
        return schemaFiles;
    }

    public static Optional<ScormStandard> byKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
