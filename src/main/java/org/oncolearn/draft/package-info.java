/** Draft courses made from imported documents: proposed lessons, fact-check flags, saving and publishing. */
package org.oncolearn.draft;
