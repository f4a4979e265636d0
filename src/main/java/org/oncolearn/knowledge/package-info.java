/** The sourced knowledge base of drugs, drug classes and biomarkers that import drafts checks from. */
package org.oncolearn.knowledge;
