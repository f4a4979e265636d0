package org.oncolearn.knowledge;

/** One fact said twice: for nursing students, and in plain words for patients. */
public record Wording(String nurse, String patient) {}
