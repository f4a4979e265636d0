package org.oncolearn.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The LMS side of a cmi5 test: serves an unzipped package under {@code /au/} and a learning record store under
 * {@code /xapi/} (one-time auth token fetch, statements, activity state, agent profile). It launches the AU as a cmi5
 * LMS does (launch data in the state API, a launched statement, the five launch parameters) and checks every statement
 * the AU sends against the xAPI 1.0.3 and cmi5 rules ({@link StatementRules}); what breaks a rule is kept in
 * {@link #problems()}.
 */
final class TestLrs implements AutoCloseable {

    static final String ACTIVITY_ID_PREFIX = "https://lms.test.invalid/activities/";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "xml", "application/xml");

    /** What the LMS knows about one launch. */
    record Launch(
            String url,
            String registration,
            String sessionId,
            String activityId,
            String token,
            ObjectNode actor,
            String publisherId,
            double masteryScore) {}

    private final HttpServer server;
    private final Path root;
    private final Map<String, Launch> byFetchKey = new ConcurrentHashMap<>();
    private final Map<String, Launch> byToken = new ConcurrentHashMap<>();
    private final Map<String, String> state = new ConcurrentHashMap<>();
    private final List<JsonNode> statements = new CopyOnWriteArrayList<>();
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private volatile boolean refuseFetch;

    TestLrs(Path packageRoot) throws IOException {
        this.root = packageRoot.toAbsolutePath().normalize();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/au/", this::serveFile);
        server.createContext("/xapi/", exchange -> {
            try {
                xapi(exchange);
            } catch (RuntimeException e) {
                problems.add("the LRS failed on " + exchange.getRequestURI() + ": " + e);
                respond(exchange, 500, "text/plain", e.toString());
            }
        });
        server.start();
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** From now on the fetch URL answers with cmi5's error document instead of a token, as an LMS that refuses. */
    void refuseFetch() {
        refuseFetch = true;
    }

    /** A new registration for the learner, launched in Normal mode. */
    Launch launch(String auUrl, String publisherId, double masteryScore) {
        return launch(auUrl, publisherId, masteryScore, UUID.randomUUID().toString());
    }

    /**
     * Prepares a session as a cmi5 LMS does before it opens the AU: the LMS.LaunchData document with the context
     * template, a launched statement, and the launch URL with endpoint, fetch, actor, registration and activityId.
     */
    Launch launch(String auUrl, String publisherId, double masteryScore, String registration) {
        return launch(auUrl, publisherId, masteryScore, registration, "Normal");
    }

    /** A launch in the given launchMode: Normal, Browse or Review. */
    Launch launch(String auUrl, String publisherId, double masteryScore, String registration, String launchMode) {
        ObjectNode actor = JSON.createObjectNode();
        actor.put("objectType", "Agent");
        actor.put("name", "Test Learner");
        ObjectNode account = actor.putObject("account");
        account.put("homePage", "https://lms.test.invalid");
        account.put("name", "learner-7");
        String activityId = ACTIVITY_ID_PREFIX + "oncolearn";
        String sessionId = UUID.randomUUID().toString();
        String fetchKey = UUID.randomUUID().toString();
        String token = UUID.randomUUID().toString().replace("-", "");

        ObjectNode launchData = JSON.createObjectNode();
        ObjectNode template = launchData.putObject("contextTemplate");
        template.putObject("contextActivities").putArray("grouping").addObject().put("id", publisherId);
        template.putObject("extensions").put(StatementRules.SESSION_ID, sessionId);
        launchData.put("launchMode", launchMode);
        launchData.put("launchMethod", "AnyWindow");
        launchData.put("moveOn", "CompletedAndPassed");
        launchData.put("masteryScore", masteryScore);
        state.put(stateKey(activityId, actor.toString(), registration, "LMS.LaunchData"), launchData.toString());

        String url = base() + "/au/" + auUrl + "?endpoint=" + encode(base() + "/xapi/") + "&fetch="
                + encode(base() + "/xapi/auth?k=" + fetchKey) + "&actor=" + encode(actor.toString())
                + "&registration=" + encode(registration) + "&activityId=" + encode(activityId);
        Launch launch = new Launch(url, registration, sessionId, activityId, token, actor, publisherId, masteryScore);
        byFetchKey.put(fetchKey, launch);
        ObjectNode launched = JSON.createObjectNode();
        launched.put("id", UUID.randomUUID().toString());
        launched.put("timestamp", java.time.Instant.now().toString());
        launched.set("actor", actor);
        launched.putObject("verb").put("id", "http://adlnet.gov/expapi/verbs/launched");
        launched.putObject("object").put("id", activityId);
        ObjectNode context = template.deepCopy();
        context.put("registration", registration);
        ((ObjectNode) context.get("contextActivities"))
                .putArray("category")
                .addObject()
                .put("id", StatementRules.CATEGORY_CMI5);
        launched.set("context", context);
        statements.add(launched);
        return launch;
    }

    /**
     * The statements of one session, without the LMS's launched statement, in the order of their timestamps (cmi5
     * orders a session's statements by them), those with the same timestamp in the order they were stored.
     */
    List<JsonNode> fromTheAu(Launch launch) {
        return statements.stream()
                .sorted(java.util.Comparator.comparing(
                        s -> java.time.Instant.parse(s.path("timestamp").asString("1970-01-01T00:00:00Z"))))
                .filter(s -> launch.sessionId()
                        .equals(s.path("context")
                                .path("extensions")
                                .path(StatementRules.SESSION_ID)
                                .asString("")))
                .filter(s -> !s.path("verb").path("id").asString("").endsWith("/launched"))
                .toList();
    }

    List<String> verbs(Launch launch) {
        return fromTheAu(launch).stream()
                .map(s -> s.path("verb").path("id").asString("").replaceAll(".*/", ""))
                .toList();
    }

    /** The AU's own state document for the registration, if it wrote one. */
    JsonNode progress(Launch launch) {
        String document = state.get(
                stateKey(launch.activityId(), launch.actor().toString(), launch.registration(), "oncolearn.progress"));
        return document == null ? null : JSON.readTree(document);
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    /** The problems found so far, after which the list starts empty again (one test's problems are its own). */
    List<String> takeProblems() {
        List<String> taken = List.copyOf(problems);
        problems.removeAll(taken);
        return taken;
    }

    private void xapi(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().substring("/xapi/".length());
        Map<String, String> query = query(exchange.getRequestURI());
        String method = exchange.getRequestMethod();
        byte[] body = exchange.getRequestBody().readAllBytes();
        if (path.equals("auth")) {
            fetch(exchange, method, query);
            return;
        }
        String version = exchange.getRequestHeaders().getFirst("X-Experience-API-Version");
        if (version == null || !version.startsWith("1.0.")) {
            problems.add(method + " " + path + " without X-Experience-API-Version 1.0.x (" + version + ")");
            respond(exchange, 400, "text/plain", "X-Experience-API-Version missing");
            return;
        }
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        Launch launch = authorization != null && authorization.startsWith("Basic ")
                ? byToken.get(authorization.substring("Basic ".length()))
                : null;
        if (launch == null) {
            problems.add(method + " " + path + " without the session's auth token");
            respond(exchange, 401, "text/plain", "unauthorised");
            return;
        }
        exchange.getResponseHeaders().set("X-Experience-API-Version", "1.0.3");
        switch (path) {
            case "statements" -> statements(exchange, method, query, body, launch);
            case "activities/state" -> state(exchange, method, query, body, launch);
            case "activities/agents/profile" -> respond(exchange, 404, "text/plain", "no preferences");
            default -> {
                problems.add("unknown xAPI resource " + method + " " + path);
                respond(exchange, 404, "text/plain", "no such resource");
            }
        }
    }

    private void fetch(HttpExchange exchange, String method, Map<String, String> query) throws IOException {
        if (!method.equals("POST")) {
            problems.add("the fetch URL was called with " + method + ", cmi5 wants POST");
            respond(exchange, 405, "text/plain", "POST only");
            return;
        }
        Launch launch = byFetchKey.remove(query.getOrDefault("k", ""));
        ObjectNode answer = JSON.createObjectNode();
        if (refuseFetch || launch == null) {
            answer.put("error-code", launch == null ? "1" : "2");
            answer.put(
                    "error-text",
                    launch == null ? "The authorization token has already been returned." : "Not allowed.");
        } else {
            byToken.put(launch.token(), launch);
            answer.put("auth-token", launch.token());
        }
        respond(exchange, 200, "application/json", answer.toString());
    }

    private void statements(HttpExchange exchange, String method, Map<String, String> query, byte[] body, Launch launch)
            throws IOException {
        JsonNode sent = JSON.readTree(body);
        List<JsonNode> batch = new ArrayList<>();
        if (method.equals("PUT")) {
            ObjectNode one = (ObjectNode) sent;
            if (!one.has("id")) {
                one.put("id", query.getOrDefault("statementId", ""));
            }
            batch.add(one);
        } else if (method.equals("POST")) {
            if (sent instanceof ArrayNode array) {
                array.forEach(batch::add);
            } else {
                batch.add(sent);
            }
        } else {
            problems.add("statements called with " + method);
            respond(exchange, 405, "text/plain", "PUT or POST");
            return;
        }
        ArrayNode ids = JSON.createArrayNode();
        for (JsonNode statement : batch) {
            for (String problem : StatementRules.check(statement, launch)) {
                problems.add(statement.path("verb").path("id").asString("?") + ": " + problem);
            }
            statements.add(statement);
            ids.add(statement.path("id").asString(""));
        }
        if (method.equals("PUT")) {
            respond(exchange, 204, null, null);
        } else {
            respond(exchange, 200, "application/json", ids.toString());
        }
    }

    private void state(HttpExchange exchange, String method, Map<String, String> query, byte[] body, Launch launch)
            throws IOException {
        String activityId = query.get("activityId");
        String agent = query.get("agent");
        String stateId = query.get("stateId");
        if (activityId == null || agent == null || stateId == null) {
            problems.add("state API called without activityId, agent or stateId: " + query);
            respond(exchange, 400, "text/plain", "activityId, agent and stateId are required");
            return;
        }
        if (!activityId.equals(launch.activityId())
                || !JSON.readTree(agent).equals(launch.actor())
                || !launch.registration().equals(query.get("registration"))) {
            problems.add("state API called for another activity, agent or registration: " + query);
        }
        String key = stateKey(activityId, JSON.readTree(agent).toString(), query.get("registration"), stateId);
        switch (method) {
            case "GET" -> {
                String document = state.get(key);
                if (document == null) {
                    respond(exchange, 404, "text/plain", "no such document");
                } else {
                    respond(exchange, 200, "application/json", document);
                }
            }
            case "PUT", "POST" -> {
                if (stateId.equals("LMS.LaunchData")) {
                    problems.add("the AU changed LMS.LaunchData, which cmi5 forbids");
                    respond(exchange, 403, "text/plain", "read only");
                    return;
                }
                JSON.readTree(body);
                state.put(key, new String(body, StandardCharsets.UTF_8));
                respond(exchange, 204, null, null);
            }
            default -> {
                problems.add("state API called with " + method);
                respond(exchange, 405, "text/plain", "GET, PUT or POST");
            }
        }
    }

    private void serveFile(HttpExchange exchange) throws IOException {
        Path file = root.resolve(exchange.getRequestURI().getPath().substring("/au/".length()))
                .normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            respond(exchange, 404, "text/plain", "not found");
            return;
        }
        String name = file.getFileName().toString();
        respond(
                exchange,
                200,
                TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream"),
                Files.readAllBytes(file));
    }

    private static void respond(HttpExchange exchange, int status, String type, Object body) throws IOException {
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if (body == null) {
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
            return;
        }
        byte[] bytes = body instanceof byte[] b ? b : body.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new HashMap<>();
        String raw = uri.getRawQuery();
        if (raw == null) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int at = pair.indexOf('=');
            String name = URLDecoder.decode(at < 0 ? pair : pair.substring(0, at), StandardCharsets.UTF_8);
            values.put(name, at < 0 ? "" : URLDecoder.decode(pair.substring(at + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static String stateKey(String activityId, String agent, String registration, String stateId) {
        return activityId + "|" + agent + "|" + registration + "|" + stateId;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
