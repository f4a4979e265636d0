/** Item analysis of checks from learners' responses: facility, discrimination, option shares and flags. */
package org.oncolearn.analysis;
