/** The Moodle XML, GIFT and QTI 3.0 readers and the conversion of what they read into the course model. */
package org.oncolearn.bankimport.internal;
