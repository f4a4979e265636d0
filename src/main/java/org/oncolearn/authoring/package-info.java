/**
 * Educator screens: importing documents, the course editor (which speaks the educator's language and links every
 * problem to its field), publishing, and exporting a course for an LMS.
 */
package org.oncolearn.authoring;
