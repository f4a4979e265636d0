package org.oncolearn.course;

/** Who a check is written for. */
public enum Level {
    /** Nursing students: clinical vignettes, professional vocabulary. */
    NURSING,
    /** Patients and carers: plain language. */
    PATIENT
}
