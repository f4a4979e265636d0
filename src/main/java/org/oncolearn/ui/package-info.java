/**
 * The application frame shared by every screen: header, main area, learning-only notice, their translations, and the
 * viewer's time zone.
 */
package org.oncolearn.ui;
