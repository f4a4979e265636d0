/** The patient self-check at /self-check: one static page, rendered from the course, that keeps answers in the tab. */
package org.oncolearn.patient;
