/** Reads question banks (Moodle XML, GIFT, QTI 3.0) back into a course: multiple-choice questions become checks. */
package org.oncolearn.bankimport;
