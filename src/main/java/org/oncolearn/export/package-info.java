/** Turns a course into a SCORM package (manifest, launch page, player) that any LMS can import. */
package org.oncolearn.export;
