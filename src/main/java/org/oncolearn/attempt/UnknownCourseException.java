package org.oncolearn.attempt;

/** The course id names no available course. */
public class UnknownCourseException extends RuntimeException {

    public UnknownCourseException(String courseId) {
        super("There is no course \"" + courseId + "\"");
    }
}
