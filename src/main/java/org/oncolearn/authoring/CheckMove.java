package org.oncolearn.authoring;

/** What the editor can do with a check in its lesson's list. */
enum CheckMove {
    UP,
    DOWN,
    DELETE
}
