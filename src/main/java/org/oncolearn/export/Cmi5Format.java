package org.oncolearn.export;

/**
 * cmi5: the course as one assignable unit (the same player as the SCORM packages) that reports to the LMS's learning
 * record store through xAPI. An enum of one, so that it takes part in the compiler-checked switches over
 * {@link ExportFormat}.
 */
public enum Cmi5Format implements ExportFormat {
    CMI5;

    /** The short name used on the command line, in file names and by the player. */
    @Override
    public String key() {
        return "cmi5";
    }

    @Override
    public String label() {
        return "cmi5";
    }
}
