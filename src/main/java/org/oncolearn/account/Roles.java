package org.oncolearn.account;

/** The two roles: educators build and export courses; learners take them (and may stay anonymous). */
public final class Roles {

    public static final String EDUCATOR = "EDUCATOR";
    public static final String LEARNER = "LEARNER";

    private Roles() {}
}
