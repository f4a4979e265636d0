package org.oncolearn.contentimport;

/** One problem in course content, located by file and 1-based line so an educator can jump straight to it. */
public record ContentProblem(String file, int line, String message) implements Comparable<ContentProblem> {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }

    @Override
    public int compareTo(ContentProblem other) {
        int byFile = file.compareTo(other.file);
        return byFile != 0 ? byFile : Integer.compare(line, other.line);
    }
}
