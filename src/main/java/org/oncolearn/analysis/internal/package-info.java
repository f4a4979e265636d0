/** The RFC 4180 reading of comma-separated files behind the LMS report reader. */
package org.oncolearn.analysis.internal;
