/** Storage of learners, rounds and answers in the database, and the pure scoring of lesson progress. */
package org.oncolearn.attempt.internal;
