/** The educators' dashboard at /educator: every course with its state, its learners' progress and what to do next. */
package org.oncolearn.dashboard;
