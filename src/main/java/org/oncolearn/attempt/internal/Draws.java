package org.oncolearn.attempt.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The seeded random draws of the learner flow: which check of an objective is asked, and in which order its options
 * appear. Written to the letter of {@code behaviour/learner-flow.json}, so that the package player (flow.js), given
 * the same seed, draws exactly the same; 32-bit integer arithmetic matches JavaScript's {@code Math.imul} and
 * {@code >>>}.
 */
public final class Draws {

    private Draws() {}

    /** FNV-1a over the UTF-16 code units of the text, as JavaScript's {@code charCodeAt} sees them. */
    static int fnv1a(String text) {
        int hash = 0x811C9DC5;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= 0x01000193;
        }
        return hash;
    }

    /** A mulberry32 stream of numbers in [0, 1), started from the seed mixed with a label. */
    static final class Stream {
        private int state;

        Stream(int seed, String label) {
            state = seed ^ fnv1a(label);
        }

        double next() {
            state += 0x6D2B79F5;
            int t = (state ^ (state >>> 15)) * (1 | state);
            t = (t + ((t ^ (t >>> 7)) * (61 | t))) ^ t;
            return ((t ^ (t >>> 14)) & 0xFFFFFFFFL) / 4294967296.0;
        }
    }

    /** One of {@code count} things, chosen by the first number of the labelled stream. */
    public static int pick(int seed, String label, int count) {
        return (int) Math.floor(new Stream(seed, label).next() * count);
    }

    /** The things in a Fisher-Yates shuffled order, by the stream labelled {@code "order:" + id}. */
    public static <T> List<T> order(int seed, String id, List<T> inFileOrder) {
        List<T> shuffled = new ArrayList<>(inFileOrder);
        Stream stream = new Stream(seed, "order:" + id);
        for (int i = shuffled.size() - 1; i > 0; i--) {
            int j = (int) Math.floor(stream.next() * (i + 1));
            T swap = shuffled.get(i);
            shuffled.set(i, shuffled.get(j));
            shuffled.set(j, swap);
        }
        return shuffled;
    }
}
