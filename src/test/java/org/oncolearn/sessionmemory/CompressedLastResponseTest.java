package org.oncolearn.sessionmemory;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.Test;
import org.oncolearn.bench.UidlClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/** The copy of a page's last response that Vaadin keeps for a browser whose response got lost. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "oncolearn.data-dir=./target/test-data/${random.uuid}")
class CompressedLastResponseTest {

    @LocalServerPort
    int port;

    @Autowired
    WebServerApplicationContext context;

    @Test
    void a_browser_that_sends_a_message_again_gets_the_same_response_as_the_first_time() throws Exception {
        UidlClient browser = learnerReadingLessonOne();
        String first = browser.lastUidlResponse();

        String again = browser.resendLast();

        assertThat(first).contains("Lesson 1");
        assertThat(again).isEqualTo(first);
    }

    @Test
    void between_requests_the_copy_is_kept_compressed_to_a_fraction_of_its_size() throws Exception {
        UidlClient browser = learnerReadingLessonOne();
        int characters = browser.lastUidlResponse().length();

        // The client has the response once it is written; Vaadin ends the request (and the copy is compressed) a
        // moment later, so the test looks again for a while before it calls a copy left uncompressed.
        List<UI> pages = pagesOnceEveryRequestHasEnded();

        assertThat(pages).isNotEmpty();
        for (UI page : pages) {
            assertThat(lastResponse(page)).isNull();
        }
        // Other tests' pages may be open too; this learner's is the one whose copy is about the size of the lesson.
        CompressedLastResponse.Rested rested = pages.stream()
                .map(page -> ComponentUtil.getData(page, CompressedLastResponse.Rested.class))
                .filter(r -> r != null && r.bytes() > characters / 2)
                .findFirst()
                .orElseThrow();
        assertThat(rested.deflated().length).isLessThan(characters / 4);
    }

    @Test
    void text_outside_latin_1_survives_compression() {
        String text = "{\"text\":\"PD-1 – β-catenin ✓ − 漢字 \uD83D\uDE00\"}";

        assertThat(CompressedLastResponse.inflate(CompressedLastResponse.deflate(text)))
                .isEqualTo(text);
    }

    /** The lesson page is the largest response of lesson 1, and its text has characters outside Latin-1. */
    private UidlClient learnerReadingLessonOne() throws Exception {
        UidlClient browser =
                new UidlClient(HttpClient.newHttpClient(), URI.create("http://localhost:" + port + "/"), n -> {});
        browser.open("");
        browser.click("Continue without a name");
        browser.click("Start course");
        return browser;
    }

    private List<UI> pagesOnceEveryRequestHasEnded() throws InterruptedException {
        long giveUp = System.nanoTime() + 5_000_000_000L;
        List<UI> pages = openPages();
        while (System.nanoTime() < giveUp && pages.stream().anyMatch(page -> lastResponse(page) != null)) {
            Thread.sleep(20);
            pages = openPages();
        }
        return pages;
    }

    private static String lastResponse(UI page) {
        VaadinSession session = page.getSession();
        session.lock();
        try {
            return page.getInternals().getLastRequestResponse();
        } finally {
            session.unlock();
        }
    }

    private List<UI> openPages() {
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();
        List<UI> pages = new ArrayList<>();
        for (Container child : server.getTomcat().getHost().findChildren()) {
            for (Session session : ((Context) child).getManager().findSessions()) {
                for (String name : Collections.list(session.getSession().getAttributeNames())) {
                    if (session.getSession().getAttribute(name) instanceof VaadinSession vaadin) {
                        vaadin.lock();
                        try {
                            pages.addAll(vaadin.getUIs());
                        } finally {
                            vaadin.unlock();
                        }
                    }
                }
            }
        }
        return pages;
    }
}
