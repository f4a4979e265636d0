/** Turns human-edited course folders into validated courses, reporting every problem with its file and line. */
package org.oncolearn.contentimport;
