/** Educator views: exporting a course for an LMS (and, later, importing and editing). */
package org.oncolearn.authoring;
