package org.oncolearn.analysis;

/**
 * How many of a check's responses chose one option. For a multiple-response check the shares of its options add up to
 * more than 1, since one response can choose several.
 */
public record OptionShare(String optionId, boolean key, int chosenBy, double share) {}
