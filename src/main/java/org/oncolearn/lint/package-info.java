/** Item-writing, readability and review findings for a course, shown while editing and printed by the CLI. */
package org.oncolearn.lint;
