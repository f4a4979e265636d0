package org.oncolearn.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A learner's browser reduced to Vaadin's wire protocol: the bootstrap page, {@code v-r=init}, then {@code v-r=uidl}
 * requests carrying the CSRF token, syncId and clientId. It keeps the node tree the server sends, so a script can
 * find buttons and radio groups by their text, as a user would.
 */
public final class UidlClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, Object> CLICK = Map.of(
            "event.shiftKey", false,
            "event.metaKey", false,
            "event.ctrlKey", false,
            "event.altKey", false,
            "event.detail", 1,
            "event.button", 0,
            "event.clientX", 10,
            "event.clientY", 10,
            "event.screenX", 10,
            "event.screenY", 10);

    private final HttpClient http;
    private final URI base;
    private final LongConsumer latencyNanos;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final Map<Integer, Node> nodes = new HashMap<>();
    private java.net.http.HttpHeaders lastHeaders = java.net.http.HttpHeaders.of(Map.of(), (a, b) -> true);
    private String csrfToken;
    private int uiId;
    private int syncId;
    private int clientId;
    private String lastUidl = "";
    private String lastMessage = "";

    /** One node of the server's element tree. */
    private static final class Node {
        String tag;
        String text;
        final Map<String, JsonNode> properties = new HashMap<>();
        final List<Integer> children = new ArrayList<>();
    }

    public UidlClient(HttpClient http, URI base, LongConsumer latencyNanos) {
        this.http = http;
        this.base = base;
        this.latencyNanos = latencyNanos;
    }

    /** A header of the last response, e.g. which node behind a load balancer answered. */
    public Optional<String> lastHeader(String name) {
        return lastHeaders.firstValue(name);
    }

    /** Takes over another client's cookies, as a browser keeps them across a reload; minus the ones named. */
    public void copyCookies(UidlClient other, Set<String> except) {
        other.cookies.forEach((name, value) -> {
            if (!except.contains(name)) {
                cookies.put(name, value);
            }
        });
    }

    /** Sends a cookie from now on, e.g. the session of a browser that signed in through the form. */
    public void useCookie(String name, String value) {
        cookies.put(name, value);
    }

    /** The body of the last UIDL response, as the server keeps a copy of it to send again if it gets lost. */
    public String lastUidlResponse() {
        return lastUidl;
    }

    /**
     * Sends the last message again, unchanged, as a browser does when the response to it got lost; returns what the
     * server answers, without applying it.
     */
    public String resendLast() throws IOException, InterruptedException {
        return post("?v-r=uidl&v-uiId=" + uiId, lastMessage);
    }

    public Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    /** Loads a route the way a browser does: the page, the UI's initial state, then the navigation event. */
    public void open(String route) throws IOException, InterruptedException {
        get(route);
        JsonNode init = JSON.readTree(get("?v-r=init&location=" + route + "&query="));
        JsonNode config = init.path("appConfig");
        uiId = config.path("v-uiId").asInt();
        JsonNode uidl = config.path("uidl");
        csrfToken = uidl.path("Vaadin-Security-Key").asString();
        syncId = uidl.path("syncId").asInt();
        clientId = 0;
        nodes.clear();
        apply(uidl.path("changes"));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.put("historyState", Map.of("idx", 0));
        data.put("trigger", "");
        send(List.of(event(1, "ui-navigate", data)));
    }

    public void click(String label) throws IOException, InterruptedException {
        int button = find("vaadin-button", text -> text.equals(label))
                .orElseThrow(
                        () -> new IllegalStateException("no button \"" + label + "\" in " + texts("vaadin-button")));
        send(List.of(event(button, "click", CLICK)));
    }

    public void clickStartingWith(String prefix) throws IOException, InterruptedException {
        int button = find("vaadin-button", text -> text.startsWith(prefix))
                .orElseThrow(
                        () -> new IllegalStateException("no button \"" + prefix + "…\" in " + texts("vaadin-button")));
        send(List.of(event(button, "click", CLICK)));
    }

    /**
     * Picks the options whose texts are given in the radio or checkbox group labelled with the stem, as the browser
     * does: it syncs the group's value and fires its change event.
     */
    public void choose(String stem, Set<String> optionTexts) throws IOException, InterruptedException {
        boolean multiple = find("vaadin-checkbox-group", stem::equals, "label").isPresent();
        String groupTag = multiple ? "vaadin-checkbox-group" : "vaadin-radio-group";
        String itemTag = multiple ? "vaadin-checkbox" : "vaadin-radio-button";
        int group = find(groupTag, stem::equals, "label")
                .orElseThrow(() -> new IllegalStateException("no question \"" + stem + "\""));
        List<String> keys = new ArrayList<>();
        for (int child : descendants(group)) {
            Node node = nodes.get(child);
            if (node != null && itemTag.equals(node.tag) && optionTexts.contains(itemText(child, node))) {
                keys.add(node.properties.get("1/value").asString());
            }
        }
        if (keys.size() != optionTexts.size()) {
            throw new IllegalStateException("options not found: " + optionTexts);
        }
        Object value = multiple ? keys : keys.getFirst();
        Map<String, Object> sync = new LinkedHashMap<>();
        sync.put("type", "mSync");
        sync.put("node", group);
        sync.put("feature", 1);
        sync.put("property", "value");
        sync.put("value", value);
        send(List.of(sync, event(group, "value-changed", Map.of())));
    }

    /** A radio button carries its text in a label element, a checkbox item in its label property. */
    private String itemText(int id, Node node) {
        String text = text(id).strip();
        JsonNode label = node.properties.get("1/label");
        return text.isEmpty() && label != null ? label.asString().strip() : text;
    }

    /** The question being asked: the label of the radio or checkbox group on screen. */
    public Optional<String> question() {
        for (String tag : List.of("vaadin-radio-group", "vaadin-checkbox-group")) {
            for (int id : attached()) {
                Node node = nodes.get(id);
                if (node != null && tag.equals(node.tag) && node.properties.containsKey("1/label")) {
                    return Optional.of(node.properties.get("1/label").asString());
                }
            }
        }
        return Optional.empty();
    }

    /** Texts of attached elements with this tag, e.g. the headings on screen. */
    public List<String> texts(String tag) {
        List<String> texts = new ArrayList<>();
        for (int id : attached()) {
            Node node = nodes.get(id);
            if (node != null && tag.equals(node.tag)) {
                texts.add(text(id).strip());
            }
        }
        return texts;
    }

    private Optional<Integer> find(String tag, java.util.function.Predicate<String> text) {
        for (int id : attached()) {
            Node node = nodes.get(id);
            if (node != null && tag.equals(node.tag) && text.test(text(id).strip())) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    private Optional<Integer> find(String tag, java.util.function.Predicate<String> property, String name) {
        for (int id : attached()) {
            Node node = nodes.get(id);
            JsonNode value = node == null ? null : node.properties.get("1/" + name);
            if (node != null && tag.equals(node.tag) && value != null && property.test(value.asString())) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    private Set<Integer> attached() {
        Set<Integer> seen = new HashSet<>();
        List<Integer> stack = new ArrayList<>(List.of(1));
        while (!stack.isEmpty()) {
            int id = stack.removeLast();
            if (seen.add(id)) {
                Node node = nodes.get(id);
                if (node != null) {
                    stack.addAll(node.children);
                }
            }
        }
        return seen;
    }

    private List<Integer> descendants(int root) {
        List<Integer> found = new ArrayList<>();
        List<Integer> stack = new ArrayList<>(List.of(root));
        while (!stack.isEmpty()) {
            int id = stack.removeLast();
            found.add(id);
            Node node = nodes.get(id);
            if (node != null) {
                stack.addAll(node.children);
            }
        }
        return found;
    }

    private String text(int id) {
        Node node = nodes.get(id);
        if (node == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(node.text == null ? "" : node.text);
        for (int child : node.children) {
            text.append(text(child));
        }
        return text.toString();
    }

    private static Map<String, Object> event(int node, String name, Map<String, Object> data) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", "event");
        event.put("node", node);
        event.put("event", name);
        event.put("data", data);
        return event;
    }

    private void send(List<Map<String, Object>> rpc) throws IOException, InterruptedException {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("csrfToken", csrfToken);
        message.put("rpc", rpc);
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        lastMessage = JSON.writeValueAsString(message);
        String body = post("?v-r=uidl&v-uiId=" + uiId, lastMessage);
        lastUidl = body;
        int start = body.indexOf("for(;;);");
        JsonNode response = JSON.readTree(start >= 0 ? body.substring(start + 8) : body);
        if (response.isArray()) {
            response = response.get(0);
        }
        JsonNode meta = response.path("meta");
        // An expired session or an error the server reports (it then answers with syncId -1) ends the script.
        if (meta.has("sessionExpired") || meta.has("appError")) {
            throw new IllegalStateException("server says: " + meta);
        }
        if (response.has("syncId")) {
            syncId = response.path("syncId").asInt();
        }
        clientId++;
        apply(response.path("changes"));
    }

    private void apply(JsonNode changes) {
        for (JsonNode change : changes) {
            Node node = nodes.computeIfAbsent(change.path("node").asInt(), id -> new Node());
            String type = change.path("type").asString();
            if ("put".equals(type)) {
                String key = change.path("key").asString();
                JsonNode value = change.has("value") ? change.get("value") : change.path("nodeValue");
                if ("tag".equals(key)) {
                    node.tag = value.asString();
                } else if ("text".equals(key)) {
                    node.text = value.asString();
                } else {
                    node.properties.put(change.path("feat").asInt() + "/" + key, value);
                }
            } else if ("splice".equals(type)) {
                int index = change.path("index").asInt();
                int remove = change.path("remove").asInt(0);
                for (int i = 0; i < remove && index < node.children.size(); i++) {
                    node.children.remove(index);
                }
                List<Integer> added = new ArrayList<>();
                JsonNode addNodes = change.has("addNodes") ? change.get("addNodes") : change.path("add");
                for (JsonNode add : addNodes) {
                    if (add.isInt()) {
                        added.add(add.asInt());
                    }
                }
                node.children.addAll(Math.min(index, node.children.size()), added);
            } else if ("detach".equals(type)) {
                nodes.remove(change.path("node").asInt());
            }
        }
    }

    private String get(String path) throws IOException, InterruptedException {
        return exchange(request(path).GET().build());
    }

    private String post(String path, String json) throws IOException, InterruptedException {
        return exchange(request(path)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
        if (!cookies.isEmpty()) {
            StringBuilder header = new StringBuilder();
            cookies.forEach((name, value) -> header.append(header.isEmpty() ? "" : "; ")
                    .append(name)
                    .append('=')
                    .append(value));
            builder.header("Cookie", header.toString());
        }
        return builder;
    }

    private String exchange(HttpRequest request) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        latencyNanos.accept(System.nanoTime() - start);
        lastHeaders = response.headers();
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode() + " for " + request.uri());
        }
        for (String header : response.headers().allValues("set-cookie")) {
            String pair = header.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals > 0) {
                String value = pair.substring(equals + 1);
                if (value.isEmpty()) {
                    cookies.remove(pair.substring(0, equals));
                } else {
                    cookies.put(pair.substring(0, equals), value);
                }
            }
        }
        return response.body();
    }
}
