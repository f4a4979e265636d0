/** Velocity rendering, escaping per format, Moodle's grades and zip writing behind the exporters. */
package org.oncolearn.export.internal;
