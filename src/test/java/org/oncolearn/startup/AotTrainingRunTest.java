package org.oncolearn.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AotTrainingRunTest {

    private final List<String> requested = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void the_training_start_fetches_the_start_page_and_the_self_check_every_round() throws IOException {
        URI base = serve(200);

        AotTrainingRun.servePages(base);

        assertThat(requested).hasSize(AotTrainingRun.ROUNDS * 2);
        assertThat(requested.stream().filter("/"::equals)).hasSize(AotTrainingRun.ROUNDS);
        assertThat(requested.stream().filter("/self-check"::equals)).hasSize(AotTrainingRun.ROUNDS);
    }

    @Test
    void a_page_that_does_not_answer_200_fails_the_training_start_naming_page_and_status() throws IOException {
        URI base = serve(500);

        assertThatThrownBy(() -> AotTrainingRun.servePages(base))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(base.resolve("/") + " answered 500, not 200");
        assertThat(requested).containsExactly("/");
    }

    private URI serve(int status) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requested.add(exchange.getRequestURI().getPath());
            byte[] body = "<html></html>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }
}
