package org.oncolearn.export;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A format a course can be exported to, named the way the command line and the export screens name it. Sealed, so a
 * switch over the formats is checked by the compiler whenever a format is added.
 */
public sealed interface ExportFormat permits ScormStandard, Cmi5Format, QuestionBankFormat {

    /** The short name used on the command line and in file names: {@code scorm12}, {@code gift}, … */
    String key();

    String label();

    /** Every format, in the order the export screens offer them: the packages first, then the question banks. */
    static List<ExportFormat> all() {
        return Stream.of(
                        Stream.of(ScormStandard.values()),
                        Stream.of(Cmi5Format.values()),
                        Stream.of(QuestionBankFormat.values()))
                .flatMap(formats -> formats.map(ExportFormat.class::cast))
                .toList();
    }

    static Optional<ExportFormat> byKey(String key) {
        return all().stream().filter(f -> f.key().equals(key)).findFirst();
    }
}
