/** Small helpers shared by tests of several features. */
package org.oncolearn.testing;
