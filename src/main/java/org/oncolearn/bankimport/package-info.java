/** Reads question banks (Moodle XML, GIFT) back into a course: multiple-choice questions become checks. */
package org.oncolearn.bankimport;
