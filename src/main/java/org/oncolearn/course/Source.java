package org.oncolearn.course;

import java.net.URI;

/** A reference that supports a lesson or a check. */
public record Source(String key, String title, URI url) {}
