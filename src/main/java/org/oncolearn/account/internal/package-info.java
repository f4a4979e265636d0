/** Storage of educator accounts and the Spring Security wiring behind sign-in. */
package org.oncolearn.account.internal;
