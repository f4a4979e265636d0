/** The learner's screens: choosing a course, reading lessons, answering checks, feedback, scores and summaries. */
package org.oncolearn.delivery;
