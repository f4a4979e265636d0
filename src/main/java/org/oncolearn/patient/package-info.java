/** The patient self-check at /self-check: plain-language questions, kind feedback, a summary to take along. */
package org.oncolearn.patient;
