/** Command-line tools for content pipelines, run from the application jar without starting the web server. */
package org.oncolearn.cli;
