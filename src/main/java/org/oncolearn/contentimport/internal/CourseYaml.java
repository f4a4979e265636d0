package org.oncolearn.contentimport.internal;

import org.yaml.snakeyaml.LoaderOptions;

/** The one set of YAML limits for course files, shared by everything that parses them. */
final class CourseYaml {

    static final int MAX_NESTING = 20;
    static final int MAX_COLLECTION_ALIASES = 20;

    private CourseYaml() {}

    static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        // Course files never need aliases or deep nesting; low limits stop "billion laughs" style files.
        options.setMaxAliasesForCollections(MAX_COLLECTION_ALIASES);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit((int) CourseFiles.MAX_FILE_BYTES);
        return options;
    }
}
