package org.oncolearn.delivery;

/** Wording shared by several learner screens. */
final class Texts {

    private Texts() {}

    static String score(int correct, int total, int percent) {
        return correct + " of " + total + " correct (" + percent + " %)";
    }
}
