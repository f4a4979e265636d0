/** The application frame shared by every screen: header, main area and the learning-only notice. */
package org.oncolearn.ui;
