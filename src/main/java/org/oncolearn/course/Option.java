package org.oncolearn.course;

/** One answer option of a check, with the rationale that explains why it is right or wrong. */
public record Option(String id, String text, boolean key, String rationale) {}
