/** Drafts checks for a lesson from the knowledge base facts about the drugs and biomarkers its text names. */
package org.oncolearn.drafting;
