/** The educator's results screen: learners' lesson scores and item analysis of the course's checks. */
package org.oncolearn.results;
