/** Messages that services give the user, as a key and its arguments, said in the user's language where they are shown. */
package org.oncolearn.message;
