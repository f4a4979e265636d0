package org.oncolearn.contentimport.internal;

import java.io.StringReader;
import java.util.HashSet;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Describes a YAML error for an author: what is wrong, in one line, and on which line of the file. Syntax errors carry
 * their line; a character YAML does not allow and a broken safety limit do not, so those are found again in the text.
 * Line 1 is the last resort, so that every YAML problem has a line.
 */
final class YamlErrors {

    private YamlErrors() {}

    static String reason(YAMLException error) {
        String reason = error instanceof MarkedYAMLException marked ? marked.getProblem() : error.getMessage();
        if (reason == null) {
            return "unreadable structure";
        }
        int end = reason.indexOf('\n');
        // SnakeYAML quotes the offending characters, which may be a tab or any other invisible character.
        String firstLine = Quoted.visible(end < 0 ? reason : reason.substring(0, end), 200);
        return error instanceof ReaderException forbidden
                ? firstLine + " (character U+%04X)".formatted(forbidden.getCodePoint())
                : firstLine;
    }

    static int line(YAMLException error, String text, LoaderOptions limits) {
        if (error instanceof MarkedYAMLException marked) {
            Mark mark = marked.getProblemMark() != null ? marked.getProblemMark() : marked.getContextMark();
            return mark == null ? 1 : mark.getLine() + 1;
        }
        if (error instanceof ReaderException) {
            return lineOfFirstForbiddenCharacter(text);
        }
        return lineWhereALimitIsExceeded(text, limits);
    }

    private static int lineOfFirstForbiddenCharacter(String text) {
        int index = 0;
        while (index < text.length()) {
            int codePoint = text.codePointAt(index);
            if (!StreamReader.isPrintable(codePoint)) {
                return LineBreaks.lineAt(text, index);
            }
            index += Character.charCount(codePoint);
        }
        return 1;
    }

    /**
     * Replays the document as events, counting as SnakeYAML's composer does: every node below the collections that
     * hold it adds a level, and every alias of a list or map counts against the alias limit.
     */
    private static int lineWhereALimitIsExceeded(String text, LoaderOptions limits) {
        int openCollections = 0;
        int collectionAliases = 0;
        Set<String> collectionAnchors = new HashSet<>();
        try {
            for (Event event : new Yaml(limits).parse(new StringReader(text))) {
                if (event instanceof AliasEvent alias && collectionAnchors.contains(alias.getAnchor())) {
                    collectionAliases++;
                    if (collectionAliases > limits.getMaxAliasesForCollections()) {
                        return lineOf(event);
                    }
                }
                if ((event instanceof ScalarEvent || event instanceof CollectionStartEvent)
                        && openCollections > limits.getNestingDepthLimit()) {
                    return lineOf(event);
                }
                if (event instanceof ScalarEvent scalar && scalar.getAnchor() != null) {
                    // An anchor used again names the later node.
                    collectionAnchors.remove(scalar.getAnchor());
                } else if (event instanceof CollectionStartEvent start) {
                    openCollections++;
                    if (start.getAnchor() != null) {
                        collectionAnchors.add(start.getAnchor());
                    }
                } else if (event instanceof CollectionEndEvent) {
                    openCollections--;
                }
            }
        } catch (YAMLException e) {
            // The replay failed differently; the original error still stands, shown on the first line.
        }
        return 1;
    }

    private static int lineOf(Event event) {
        return event.getStartMark() == null ? 1 : event.getStartMark().getLine() + 1;
    }
}
