/** Where the embedded database keeps its files: a folder that only the app's own user can open. */
package org.oncolearn.storage;
