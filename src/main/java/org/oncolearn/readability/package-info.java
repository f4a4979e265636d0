/** Readability measures for patient-facing text, such as the Flesch-Kincaid grade level. */
package org.oncolearn.readability;
