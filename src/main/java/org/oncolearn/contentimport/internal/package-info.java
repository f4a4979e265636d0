/** YAML and Markdown parsing behind the course importer, and the folder-backed course catalog. */
package org.oncolearn.contentimport.internal;
