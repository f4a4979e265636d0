package org.oncolearn.attempt;

/**
 * Where a new round's random seed comes from. The seed decides which sibling checks are drawn and how options are
 * ordered; it is stored with the round, so a reload shows the same. Tests give fixed seeds.
 */
@FunctionalInterface
public interface RoundSeeds {
    int next();
}
