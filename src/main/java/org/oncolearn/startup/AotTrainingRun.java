package org.oncolearn.startup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Only in the build's training start ({@code oncolearn.aot-training=true}, pom.xml execution {@code aot-cache}): once
 * the app is ready it asks itself for the pages a first visitor opens, then ends the process. Java's cache then holds
 * the classes and profiles of answering a page too, not only of starting, so the packaged app answers sooner.
 */
@Component
@ConditionalOnBooleanProperty("oncolearn.aot-training")
class AotTrainingRun {

    /** The start page (a new visitor's session, the router, the home view) and the patient self-check. */
    static final List<String> PAGES = List.of("/", "/self-check");

    /** A few rounds, so the profiles record the methods a page needs as used more than once. */
    static final int ROUNDS = 5;

    @EventListener
    void servePagesThenExit(ApplicationReadyEvent ready) {
        var context = (WebServerApplicationContext) ready.getApplicationContext();
        servePages(URI.create("http://127.0.0.1:" + context.getWebServer().getPort()));
        System.exit(SpringApplication.exit(ready.getApplicationContext()));
    }

    /** Fetches every page {@link #ROUNDS} times; fails on the first page that does not answer 200. */
    static void servePages(URI base) {
        for (int round = 0; round < ROUNDS; round++) {
            for (String page : PAGES) {
                fetch(base.resolve(page));
            }
        }
    }

    private static void fetch(URI page) {
        try {
            var connection = (HttpURLConnection) page.toURL().openConnection();
            connection.setConnectTimeout(10_000);
            connection.setReadTimeout(60_000);
            int status = connection.getResponseCode();
            if (status != HttpURLConnection.HTTP_OK) {
                // A page that fails here would fail for users too: stop the build rather than cache a broken start.
                throw new IllegalStateException("AOT training: " + page + " answered " + status + ", not 200");
            }
            try (InputStream body = connection.getInputStream()) {
                body.transferTo(OutputStream.nullOutputStream());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("AOT training: " + page + " did not answer", e);
        }
    }
}
