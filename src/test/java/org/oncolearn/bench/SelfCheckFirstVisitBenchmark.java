package org.oncolearn.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.oncolearn.e2e.Browser;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A patient's first visit to {@code /self-check} of the packaged app on a slow phone connection: Chromium's network
 * emulation at 1.6 Mbit/s down, 750 kbit/s up and 150 ms latency, a 360 × 640 screen and a fresh profile each run
 * (nothing cached). Reports the bytes of every response as transferred (compressed), the number of requests, and the
 * time to the first contentful paint. Arguments: the jar, then the number of runs.
 */
public final class SelfCheckFirstVisitBenchmark {

    private SelfCheckFirstVisitBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path data = Files.createTempDirectory("oncolearn-self-check-bench");
        try (AppProcess app = AppProcess.start(jar, data, List.of(), List.of())) {
            app.awaitReady(Duration.ofMinutes(2));
            String url = app.base().resolve("/self-check").toString();
            System.out.println(
                    "| run | requests | bytes transferred | page bytes uncompressed | first text ms | load ms |");
            System.out.println("|---|---|---|---|---|---|");
            for (int run = 1; run <= runs; run++) {
                try (Browser browser = new Browser(360, 640)) {
                    ChromeDriver chrome = (ChromeDriver) browser.driver();
                    chrome.executeCdpCommand("Network.enable", Map.of());
                    chrome.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
                    chrome.executeCdpCommand(
                            "Network.emulateNetworkConditions",
                            Map.of(
                                    "offline",
                                    false,
                                    "latency",
                                    150,
                                    "downloadThroughput",
                                    1_600_000 / 8,
                                    "uploadThroughput",
                                    750_000 / 8));
                    chrome.executeCdpCommand(
                            "Emulation.setDeviceMetricsOverride",
                            Map.of("width", 360, "height", 640, "deviceScaleFactor", 1, "mobile", true));
                    chrome.get(url);
                    Thread.sleep(500);
                    Number requests = (Number)
                            chrome.executeScript("return 1 + performance.getEntriesByType('resource').length;");
                    Number bytes =
                            (Number) chrome.executeScript("var n = performance.getEntriesByType('navigation')[0];"
                                    + "return n.transferSize + performance.getEntriesByType('resource')"
                                    + ".reduce(function (s, r) { return s + r.transferSize; }, 0);");
                    Number page = (Number) chrome.executeScript(
                            "return performance.getEntriesByType('navigation')[0].decodedBodySize;");
                    Number firstText = (Number)
                            chrome.executeScript("var p = performance.getEntriesByName('first-contentful-paint')[0];"
                                    + "return p ? p.startTime : -1;");
                    Number load = (Number)
                            chrome.executeScript("return performance.getEntriesByType('navigation')[0].loadEventEnd;");
                    System.out.printf(
                            Locale.ROOT,
                            "| %d | %d | %,d | %,d | %.0f | %.0f |%n",
                            run,
                            requests.intValue(),
                            bytes.longValue(),
                            page.longValue(),
                            firstText.doubleValue(),
                            load.doubleValue());
                }
            }
        }
    }
}
