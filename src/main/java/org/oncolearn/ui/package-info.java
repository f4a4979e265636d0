/** The application frame shared by every screen: header, main area, learning-only notice, and their translations. */
package org.oncolearn.ui;
