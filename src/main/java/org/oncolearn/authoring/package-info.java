/** Educator views: signing in, educator accounts, importing documents, editing courses and exporting for an LMS. */
package org.oncolearn.authoring;
