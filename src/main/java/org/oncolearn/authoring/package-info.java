/**
 * Educator screens: signing in, educator accounts, importing documents and question banks, the course editor (which
 * speaks the educator's language and links every problem to its field), publishing, trying and exporting a course.
 */
package org.oncolearn.authoring;
