/** Storage of draft courses, their lessons and publications. */
package org.oncolearn.draft.internal;
