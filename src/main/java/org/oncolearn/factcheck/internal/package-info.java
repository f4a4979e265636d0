/** Reading the drug lexicon file and finding drug and class mentions in text. */
package org.oncolearn.factcheck.internal;
