/** What each open page keeps in the server's memory between requests, kept small without changing what it shows. */
package org.oncolearn.sessionmemory;
