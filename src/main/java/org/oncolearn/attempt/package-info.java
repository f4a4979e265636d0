/** Learners' progress through a course: answers, lesson scores against mastery, retries, and where to resume. */
package org.oncolearn.attempt;
