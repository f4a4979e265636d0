package org.oncolearn.contentimport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oncolearn.contentimport.internal.KnowledgeParser;
import org.oncolearn.knowledge.KnowledgeBase;

/** Loads the knowledge base from the {@code knowledge} folder of the content folder. */
public final class KnowledgeBaseFile {

    public static final String FOLDER = "knowledge";

    private KnowledgeBaseFile() {}

    /**
     * @param contentRoot the content folder, e.g. {@code quizzes}
     * @throws InvalidCourseException with every problem, each naming the file and line
     */
    public static KnowledgeBase load(Path contentRoot) {
        Path folder = contentRoot.resolve(FOLDER);
        Map<String, String> texts = new LinkedHashMap<>();
        for (String file : KnowledgeParser.FILES) {
            Path path = folder.resolve(file);
            if (Files.isRegularFile(path)) {
                try {
                    if (Files.size(path) > KnowledgeParser.MAX_FILE_BYTES) {
                        throw new InvalidCourseException(List.of(new ContentProblem(
                                folder + "/" + file,
                                0,
                                "file is larger than " + KnowledgeParser.MAX_FILE_BYTES + " bytes")));
                    }
                    texts.put(file, Files.readString(path, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read " + path, e);
                }
            }
        }
        return KnowledgeParser.parse(texts, folder.toString());
    }
}
