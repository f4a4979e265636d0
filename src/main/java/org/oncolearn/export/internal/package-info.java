/** Velocity rendering, escaping and zip writing behind the SCORM exporter. */
package org.oncolearn.export.internal;
