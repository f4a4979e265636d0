/** Turns a course into what an LMS imports: a SCORM package (manifest, launch page, player) or a question bank. */
package org.oncolearn.export;
