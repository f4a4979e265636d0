/** The medical fact check: a sourced lexicon of drug classes and a checker that flags a drug called the wrong class. */
package org.oncolearn.factcheck;
