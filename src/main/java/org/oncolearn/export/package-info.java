/** Turns a course into what an LMS imports: a SCORM or cmi5 package (manifest, launch page, player) or a question bank. */
package org.oncolearn.export;
