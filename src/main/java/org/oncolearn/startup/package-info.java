/** The training start that fills Java's ahead-of-time cache at build time: it serves the first pages, then exits. */
package org.oncolearn.startup;
