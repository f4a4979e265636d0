package org.oncolearn.authoring;

/** What the editor can do with a check in its lesson's list. */
enum CheckMove {
    UP,
    DOWN,
    DELETE,
    /** Accepts a drafted check: it stays as it is, no longer marked as a proposal. */
    ACCEPT
}
