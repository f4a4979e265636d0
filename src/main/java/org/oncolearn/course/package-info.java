/** The course model: courses, lessons, checks and their options, rationales and sources, as immutable records. */
package org.oncolearn.course;
