/** The Moodle XML and GIFT readers and the conversion of what they read into the course model. */
package org.oncolearn.bankimport.internal;
