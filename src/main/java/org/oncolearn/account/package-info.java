/** Educator accounts: sign-in with hashed passwords, one-time first passwords, and lock-out after failed sign-ins. */
package org.oncolearn.account;
