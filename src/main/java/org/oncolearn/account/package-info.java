/** Educator accounts: sign-in with Argon2 password hashes, one-time first passwords, throttled failed sign-ins. */
package org.oncolearn.account;
