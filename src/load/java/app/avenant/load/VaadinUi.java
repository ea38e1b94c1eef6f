package app.avenant.load;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What Vaadin Flow's browser client keeps of one UI, enough to speak its protocol as the browser does: the
 * security key and ids of the UI, the last server sync id applied and the next client id, and the element tree
 * the server built (tags, texts, properties, attributes, children), kept up to date from every UIDL message
 * (answers to the UIDL posts and, with push, the messages the server pushes over the WebSocket). Screens are
 * then driven the way a person does: the button whose text is « Publier », the text area labelled « Votre
 * message », the grid row that shows the contract's reference, the link « Relevé mensuel ».
 *
 * <p>One virtual user at a time uses it (Gatling runs a user's actions one after the other).
 */
final class VaadinUi {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Feature ids of Flow's state tree, as they appear in UIDL changes ("feat"). */
    private static final int ELEMENT_DATA = 0;

    private static final int PROPERTIES = 1;
    private static final int CHILDREN = 2;
    private static final int ATTRIBUTES = 3;
    private static final int TEXT = 7;

    /** Thrown when the screen does not hold what the next action needs, or the server's answer is wrong. */
    static final class ProtocolException extends RuntimeException {
        ProtocolException(String message) {
            super(message);
        }
    }

    static final class Node {
        final int id;
        String tag;
        String text;
        final List<Integer> children = new ArrayList<>();
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, JsonNode> attributes = new HashMap<>();

        Node(int id) {
            this.id = id;
        }
    }

    final int uiId;
    final String csrfToken;
    final String pushId;
    /** Seconds between the client's heartbeats, as the server configured the UI (appConfig.heartbeatInterval). */
    final int heartbeatInterval;

    private int syncId = -1;
    private int clientId;
    private int historyIndex;
    /** The route shown, as far as the client knows: what it navigated to, or what the server told it. */
    private String location;

    private final Map<Integer, Node> nodes = new HashMap<>();
    /** The last answer received, shown when the screen it led to is not the one expected. */
    String lastAnswer = "";
    /** Rows of each grid, as the server sent them ($connector.set), by their index. */
    private final Map<Integer, TreeMap<Integer, JsonNode>> gridRows = new HashMap<>();
    /** Data updates the server asked to confirm ($connector.confirm), answered by the next request. */
    private final Map<Integer, Integer> toConfirm = new LinkedHashMap<>();
    /** The next promise id of each node's published handlers (the browser counts them per element). */
    private final Map<Integer, Integer> promises = new HashMap<>();
    /** Messages that arrived ahead of one still missing (push and answers share one sequence of sync ids). */
    private final TreeMap<Integer, JsonNode> early = new TreeMap<>();
    /** The sync ids applied, so that none is applied twice. */
    private final BitSet applied = new BitSet();

    private VaadinUi(int uiId, String csrfToken, String pushId, int heartbeatInterval, String location) {
        this.uiId = uiId;
        this.csrfToken = csrfToken;
        this.pushId = pushId;
        this.heartbeatInterval = heartbeatInterval;
        this.location = location;
    }

    /** The answer of {@code ?v-r=init}: the UI's ids, its security key and its first UIDL message. */
    static VaadinUi fromInit(String body, String location) {
        JsonNode init = JSON.readTree(body);
        JsonNode config = init.path("appConfig");
        JsonNode uidl = config.path("uidl");
        if (!config.has("v-uiId") || !uidl.has("Vaadin-Security-Key")) {
            throw new ProtocolException("init answer without v-uiId or Vaadin-Security-Key");
        }
        VaadinUi ui = new VaadinUi(
                config.get("v-uiId").asInt(),
                uidl.get("Vaadin-Security-Key").asString(),
                uidl.path("Vaadin-Push-ID").asString(""),
                config.path("heartbeatInterval").asInt(-1),
                location);
        ui.receive(uidl);
        return ui;
    }

    /** The query of the init request, with the browser details the client sends (a 1400×1000 window). */
    static String initQuery(String location) {
        return "v-r=init&location=" + location + "&query=&v-sh=1000&v-sw=1400&v-wh=1000&v-ww=1400&v-bh=1000"
                + "&v-bw=1400&v-curdate=" + System.currentTimeMillis() + "&v-tzo=-60&v-dstd=60&v-rtzo=-60"
                + "&v-dston=false&v-tzid=Europe%2FParis&v-wn=v-"
                + ThreadLocalRandom.current().nextDouble()
                + "&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN"
                + "&v-so=landscape-primary&v-soa=0&v-tn=lumo&v-ga=GRANTED&v-wla=SUPPORTED&v-ws=false";
    }

    /** The WebSocket address of this UI's push connection (Atmosphere over WebSocket, as vaadinPush.js opens it). */
    String pushPath() {
        return "/VAADIN/push?v-r=push&v-uiId=" + uiId + "&v-pushId=" + pushId
                + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=4.0.1&X-Atmosphere-Transport=websocket"
                + "&X-Atmosphere-TrackMessageSize=true&Content-Type=application/json;%20charset=UTF-8"
                + "&X-atmo-protocol=true&X-Vaadin-LastSeenServerSyncId=" + Math.max(syncId, 0);
    }

    String uidlPath() {
        return "/?v-r=uidl&v-uiId=" + uiId;
    }

    /** Where the client's heartbeat goes: a POST without body, every heartbeat interval while the page is open. */
    String heartbeatPath() {
        return "/?v-r=heartbeat&v-uiId=" + uiId;
    }

    /**
     * The body of the beacon Flow's client sends to {@link #uidlPath} on {@code pagehide} (page left, tab closed):
     * the security key, no RPC, no sync or client id, and the flag that has the server close the UI.
     */
    String unloadBeacon() {
        ObjectNode message = NODES.objectNode();
        message.put("csrfToken", csrfToken);
        message.putArray("rpc");
        message.put("UNLOAD", true);
        return JSON.writeValueAsString(message);
    }

    String location() {
        return location;
    }

    // --- requests --------------------------------------------------------------------------------------------

    /** The body of the next UIDL post carrying {@code rpcs}; the client id moves on, as the browser's does. */
    String message(List<ObjectNode> rpcs) {
        return JSON.writeValueAsString(payload(rpcs));
    }

    private ObjectNode payload(List<ObjectNode> rpcs) {
        flushEarly();
        ObjectNode message = NODES.objectNode();
        message.put("csrfToken", csrfToken);
        ArrayNode list = message.putArray("rpc");
        rpcs.forEach(list::add);
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        clientId++;
        return message;
    }

    /** What the browser sends right after an answer that carried grid data: "this update arrived". */
    boolean hasFollowUp() {
        return !toConfirm.isEmpty();
    }

    List<ObjectNode> followUp() {
        List<ObjectNode> rpcs = new ArrayList<>();
        toConfirm.forEach((grid, update) -> rpcs.add(published(grid, "confirmUpdate", NODES.numberNode(update))));
        toConfirm.clear();
        return rpcs;
    }

    /** A router link followed (RouterLink, Anchor with router-link, SideNavItem): the client's navigation event. */
    ObjectNode navigate(String target) {
        String path = target.startsWith("/") && target.length() > 1 ? target.substring(1) : target;
        String route = path;
        String query = "";
        int question = path.indexOf('?');
        if (question >= 0) {
            route = path.substring(0, question);
            query = path.substring(question + 1);
        }
        if (route.equals(".")) {
            route = "";
        }
        location = path;
        historyIndex++;
        ObjectNode data = NODES.objectNode();
        data.put("route", route);
        data.put("query", query);
        data.put("appShellTitle", "Avenant");
        data.putObject("historyState").put("idx", historyIndex);
        data.put("trigger", "link");
        return event(1, "ui-navigate", data);
    }

    /** The first navigation of a freshly loaded page (no link: the address typed or redirected to). */
    ObjectNode navigateOnLoad(String route) {
        location = route;
        ObjectNode data = NODES.objectNode();
        data.put("route", "/" + route);
        data.put("query", "");
        data.put("appShellTitle", "Avenant");
        data.putObject("historyState").put("idx", 0);
        data.put("trigger", "");
        return event(1, "ui-navigate", data);
    }

    ObjectNode click(int node) {
        ObjectNode data = NODES.objectNode();
        data.put("event.shiftKey", false);
        data.put("event.metaKey", false);
        data.put("event.detail", 1);
        data.put("event.ctrlKey", false);
        data.put("event.clientX", 640);
        data.put("event.clientY", 480);
        data.put("event.altKey", false);
        data.put("event.button", 0);
        data.put("event.screenY", 560);
        data.put("event.screenX", 650);
        return event(node, "click", data);
    }

    /** Typing in a text field or area: the value synchronised, then the (debounced) input event. */
    List<ObjectNode> type(int node, String value) {
        ObjectNode data = NODES.objectNode();
        data.put("1", 1);
        data.put("for", "trailing");
        return List.of(sync(node, "value", NODES.stringNode(value)), event(node, "input", data));
    }

    /** Choosing an item of a vaadin-select by its key. */
    List<ObjectNode> choose(int select, String key) {
        return List.of(
                sync(select, "value", NODES.stringNode(key)), event(select, "value-changed", NODES.objectNode()));
    }

    /** A tab of a TabSheet clicked: the tabs' selected index synchronised, then its change event. */
    List<ObjectNode> selectTab(int tabs, int index) {
        return List.of(
                sync(tabs, "selected", NODES.numberNode(index)), event(tabs, "selected-changed", NODES.objectNode()));
    }

    /** A click on a grid row, as vaadin-grid's connector sends it: select, details, then item-click. */
    List<ObjectNode> clickRow(int grid, String key) {
        ObjectNode data = NODES.objectNode();
        data.put("event.detail.screenY", 500);
        data.put("event.detail.metaKey", false);
        data.put("event.detail.button", 0);
        data.put("event.detail.shiftKey", false);
        data.put("event.detail.screenX", 400);
        data.put("event.detail.itemKey", key);
        data.put("event.detail.internalColumnId", "col0");
        data.put("event.detail.altKey", false);
        data.put("event.detail.clientX", 390);
        data.put("event.detail.detail", 1);
        data.put("event.detail.clientY", 350);
        data.put("event.detail.ctrlKey", false);
        return List.of(
                published(grid, "select", NODES.stringNode(key)),
                published(grid, "setDetailsVisible", NODES.stringNode(key)),
                event(grid, "item-click", data));
    }

    private static ObjectNode event(int node, String name, ObjectNode data) {
        ObjectNode rpc = NODES.objectNode();
        rpc.put("type", "event");
        rpc.put("node", node);
        rpc.put("event", name);
        rpc.set("data", data);
        return rpc;
    }

    private static ObjectNode sync(int node, String property, JsonNode value) {
        ObjectNode rpc = NODES.objectNode();
        rpc.put("type", "mSync");
        rpc.put("node", node);
        rpc.put("feature", PROPERTIES);
        rpc.put("property", property);
        rpc.set("value", value);
        return rpc;
    }

    private ObjectNode published(int node, String method, JsonNode argument) {
        ObjectNode rpc = NODES.objectNode();
        rpc.put("type", "publishedEventHandler");
        rpc.put("node", node);
        rpc.put("templateEventMethodName", method);
        rpc.putArray("templateEventMethodArgs").add(argument);
        int promise = promises.merge(node, 1, Integer::sum) - 1;
        rpc.put("promise", promise);
        return rpc;
    }

    // --- answers ---------------------------------------------------------------------------------------------

    /** The answer to a UIDL post: it must be the one expected (client id), then it is applied in sync id order. */
    void answer(String body) {
        lastAnswer = body;
        JsonNode uidl = parse(body);
        if (uidl == null) {
            throw new ProtocolException("empty UIDL answer");
        }
        refuseFailures(uidl);
        if (uidl.has("clientId") && uidl.get("clientId").asInt() != clientId) {
            throw new ProtocolException("out of sync: server expects client id "
                    + uidl.get("clientId").asInt() + ", client is at " + clientId);
        }
        receive(uidl);
    }

    /**
     * The answer to « Se déconnecter »: the session is invalidated while the request runs, so the server may
     * answer that it expired (the browser then loads the login page).
     */
    void answerEndingSession(String body) {
        lastAnswer = body;
        JsonNode uidl = parse(body);
        if (uidl != null && !uidl.path("meta").path("sessionExpired").asBoolean(false)) {
            refuseFailures(uidl);
        }
    }

    /** A message pushed over the WebSocket: Atmosphere frames "length|message", possibly several in one frame. */
    void pushed(String frame) {
        Figures.FRAMES.incrementAndGet();
        String rest = frame;
        while (!rest.isEmpty()) {
            int bar = rest.indexOf('|');
            if (bar <= 0 || !rest.substring(0, bar).chars().allMatch(Character::isDigit)) {
                handlePushed(rest);
                return;
            }
            int length = Integer.parseInt(rest.substring(0, bar));
            int end = Math.min(rest.length(), bar + 1 + length);
            handlePushed(rest.substring(bar + 1, end));
            rest = rest.substring(end);
        }
    }

    private void handlePushed(String message) {
        String trimmed = message.strip();
        // Atmosphere's own messages: the handshake ("<uuid>|0|X|"), heartbeats and padding ("X")
        if (trimmed.isEmpty() || !(trimmed.startsWith("{") || trimmed.startsWith("[") || trimmed.startsWith("for("))) {
            return;
        }
        JsonNode uidl = parse(trimmed);
        if (uidl != null) {
            Figures.PUSHED.incrementAndGet();
            refuseFailures(uidl);
            receive(uidl);
        }
    }

    private static JsonNode parse(String body) {
        String json = body.strip();
        if (json.startsWith("for(;;);")) {
            json = json.substring("for(;;);".length());
        }
        if (json.isEmpty()) {
            return null;
        }
        JsonNode node = JSON.readTree(json);
        return node.isArray() ? (node.isEmpty() ? null : node.get(0)) : node;
    }

    private static void refuseFailures(JsonNode uidl) {
        JsonNode meta = uidl.path("meta");
        if (meta.path("sessionExpired").asBoolean(false)) {
            throw new ProtocolException("session expired");
        }
        if (meta.has("appError")) {
            throw new ProtocolException("application error: " + meta.get("appError"));
        }
        if (uidl.path("resynchronize").asBoolean(false)) {
            throw new ProtocolException("server asked to resynchronize");
        }
    }

    private void receive(JsonNode uidl) {
        if (!uidl.has("syncId")) {
            apply(uidl);
            return;
        }
        int id = uidl.get("syncId").asInt();
        if (applied.get(id)) {
            return;
        }
        if (id <= syncId) {
            // pushed before an answer that was applied without waiting for it: late, but not lost
            apply(uidl);
            return;
        }
        early.put(id, uidl);
        while (!early.isEmpty() && early.firstKey() == syncId + 1) {
            apply(early.pollFirstEntry().getValue());
        }
    }

    /**
     * After an answer (and the push messages received meanwhile), before the screen is read or the next request
     * sent: a gap the push connection has not filled is not waited for any longer, what arrived is applied.
     */
    void settle() {
        flushEarly();
    }

    private void flushEarly() {
        while (!early.isEmpty()) {
            apply(early.pollFirstEntry().getValue());
        }
    }

    private void apply(JsonNode uidl) {
        if (uidl.has("syncId")) {
            applied.set(uidl.get("syncId").asInt());
            syncId = Math.max(syncId, uidl.get("syncId").asInt());
        }
        for (JsonNode change : uidl.path("changes")) {
            change(change);
        }
        for (JsonNode call : uidl.path("execute")) {
            execute(call);
        }
    }

    private void change(JsonNode change) {
        int id = change.path("node").asInt();
        String type = change.path("type").asString("");
        switch (type) {
            case "attach" -> nodes.put(id, new Node(id));
            case "detach" -> {
                nodes.remove(id);
                gridRows.remove(id);
                toConfirm.remove(id);
                promises.remove(id);
            }
            case "put" -> {
                Node node = nodes.computeIfAbsent(id, Node::new);
                String key = change.path("key").asString("");
                JsonNode value = change.has("value") ? change.get("value") : change.path("nodeValue");
                switch (change.path("feat").asInt(-1)) {
                    case ELEMENT_DATA -> {
                        if (key.equals("tag")) {
                            node.tag = value.asString("");
                        }
                    }
                    case PROPERTIES -> node.properties.put(key, value);
                    case ATTRIBUTES -> node.attributes.put(key, value);
                    case TEXT -> node.text = value.asString("");
                    default -> {}
                }
            }
            case "remove" -> {
                Node node = nodes.get(id);
                if (node != null) {
                    String key = change.path("key").asString("");
                    switch (change.path("feat").asInt(-1)) {
                        case PROPERTIES -> node.properties.remove(key);
                        case ATTRIBUTES -> node.attributes.remove(key);
                        default -> {}
                    }
                }
            }
            case "clear" -> {
                Node node = nodes.get(id);
                if (node != null && change.path("feat").asInt(-1) == CHILDREN) {
                    node.children.clear();
                }
            }
            case "splice" -> {
                if (change.path("feat").asInt(-1) != CHILDREN) {
                    return;
                }
                Node node = nodes.computeIfAbsent(id, Node::new);
                int index = Math.min(change.path("index").asInt(0), node.children.size());
                int remove = Math.min(change.path("remove").asInt(0), node.children.size() - index);
                for (int i = 0; i < remove; i++) {
                    node.children.remove(index);
                }
                List<Integer> added = new ArrayList<>();
                for (JsonNode child : change.path("addNodes")) {
                    added.add(child.asInt());
                }
                node.children.addAll(index, added);
            }
            default -> {}
        }
    }

    /** The JavaScript the server asks the client to run: only what the next requests depend on is kept. */
    private void execute(JsonNode call) {
        int size = call.size();
        if (size == 0) {
            return;
        }
        String script = call.get(size - 1).asString("");
        if (script.contains("$connector.confirm(") && size >= 3) {
            toConfirm.put(nodeRef(call.get(0)), call.get(1).asInt());
        } else if (script.contains("$connector.set(") && size >= 4) {
            TreeMap<Integer, JsonNode> rows = gridRows.computeIfAbsent(nodeRef(call.get(0)), g -> new TreeMap<>());
            int index = call.get(1).asInt();
            JsonNode items = call.get(2);
            for (int i = 0; i < items.size(); i++) {
                rows.put(index + i, items.get(i));
            }
        } else if (script.contains("$connector.updateSize(") && size >= 3) {
            int rows = call.get(1).asInt();
            TreeMap<Integer, JsonNode> known = gridRows.get(nodeRef(call.get(0)));
            if (known != null) {
                known.tailMap(rows, true).clear();
            }
        } else if (script.contains("$connector.reset()")) {
            gridRows.remove(nodeRef(call.get(0)));
        } else if (script.contains("vaadin-navigate")
                && size >= 3
                && call.get(1).isString()) {
            // the server navigated (UI.navigate) or rewrote the address (a tab in the URL)
            location = call.get(1).asString();
        }
    }

    private static int nodeRef(JsonNode value) {
        return value.path("@v-node").asInt(-1);
    }

    // --- what the screen shows --------------------------------------------------------------------------------

    /** The text a person reads in that element: its own text nodes and its children's, in order. */
    String textOf(int id) {
        StringBuilder text = new StringBuilder();
        appendText(id, text, 0);
        return text.toString().strip();
    }

    private void appendText(int id, StringBuilder text, int depth) {
        Node node = nodes.get(id);
        if (node == null || depth > 12) {
            return;
        }
        if (node.text != null) {
            text.append(node.text);
        }
        text.append(htmlText(node));
        for (int child : node.children) {
            appendText(child, text, depth + 1);
        }
    }

    /**
     * The text of a block the portal sends as HTML (one element with an {@code innerHTML} property: tables, diffs,
     * messages), tags left out and entities read back; empty for any other element.
     */
    private static String htmlText(Node node) {
        JsonNode html = node.properties.get("innerHTML");
        if (html == null) {
            return "";
        }
        return org.jsoup.parser.Parser.unescapeEntities(html.asString("").replaceAll("<[^>]*>", ""), false);
    }

    /** The newest element with that tag and that text (the one on screen now, older ones are detached). */
    int element(String tag, String text) {
        return newest(n -> tag.equals(n.tag) && text.equals(textOf(n.id)), tag + " « " + text + " »");
    }

    int elementWithProperty(String tag, String property, String value) {
        return newest(
                n -> tag.equals(n.tag)
                        && n.properties.containsKey(property)
                        && value.equals(n.properties.get(property).asString("")),
                tag + " with " + property + "=" + value);
    }

    int elementWithAttribute(String tag, String attribute, String value) {
        return newest(
                n -> tag.equals(n.tag)
                        && n.attributes.containsKey(attribute)
                        && value.equals(n.attributes.get(attribute).asString("")),
                tag + " with " + attribute + "=" + value);
    }

    private int newest(Predicate<Node> test, String what) {
        int found = -1;
        for (Node node : nodes.values()) {
            if (node.id > found && test.test(node)) {
                found = node.id;
            }
        }
        if (found < 0) {
            throw new ProtocolException("not on screen: " + what + " (at " + location + ")");
        }
        return found;
    }

    /** Where a router link points, as the browser reads its href. */
    String href(int link) {
        Node node = nodes.get(link);
        JsonNode href = node.attributes.getOrDefault("href", node.properties.get("href"));
        if (href == null) {
            JsonNode path = node.attributes.getOrDefault("path", node.properties.get("path"));
            if (path == null) {
                throw new ProtocolException("link without href: " + link);
            }
            return path.asString("");
        }
        return href.asString("");
    }

    String property(int node, String name) {
        JsonNode value = nodes.get(node).properties.get(name);
        return value == null ? null : value.asString("");
    }

    /**
     * The target ({@code href}, or {@code path} for a side navigation entry) of an element with that tag and text
     * inside a block the portal sends as HTML (the menu), for the navigation a click on it makes.
     */
    String targetInHtml(String tag, String text) {
        int found = newest(
                n -> n.properties.containsKey("innerHTML") && htmlElement(n, tag, text) != null,
                tag + " « " + text + " » in a block of HTML");
        org.jsoup.nodes.Element element = htmlElement(nodes.get(found), tag, text);
        return element.hasAttr("href") ? element.attr("href") : element.attr("path");
    }

    private static org.jsoup.nodes.Element htmlElement(Node node, String tag, String text) {
        return org.jsoup.Jsoup.parseBodyFragment(node.properties.get("innerHTML").asString(""))
                .select(tag)
                .stream()
                .filter(element -> text.equals(element.text().strip()))
                .findFirst()
                .orElse(null);
    }

    /** The link with that text: its target, for the navigation a click on it makes. */
    String linkTarget(String text) {
        return href(element("a", text));
    }

    /** The position of {@code child} among the children of {@code parent} with the same tag. */
    int indexAmong(int parent, int child) {
        Node node = nodes.get(parent);
        String tag = nodes.get(child).tag;
        int index = 0;
        for (int id : node.children) {
            if (id == child) {
                return index;
            }
            Node sibling = nodes.get(id);
            if (sibling != null && tag.equals(sibling.tag)) {
                index++;
            }
        }
        throw new ProtocolException("node " + child + " is not a child of " + parent);
    }

    /** The parent element of a node, or -1. */
    int parentOf(int child) {
        for (Node node : nodes.values()) {
            if (node.children.contains(child)) {
                return node.id;
            }
        }
        return -1;
    }

    /** The grid (newest) showing a row with a cell containing {@code text}, and that row's key. */
    GridRow row(String text) {
        int bestGrid = -1;
        String key = null;
        for (var grid : gridRows.entrySet()) {
            if (grid.getKey() <= bestGrid || !nodes.containsKey(grid.getKey())) {
                continue;
            }
            for (JsonNode row : grid.getValue().values()) {
                if (rowContains(row, text)) {
                    bestGrid = grid.getKey();
                    key = row.path("key").asString();
                    break;
                }
            }
        }
        if (key == null) {
            throw new ProtocolException("no grid row shows « " + text + " » (at " + location + ")");
        }
        return new GridRow(bestGrid, key);
    }

    record GridRow(int grid, String key) {}

    /** A cell's text, or a component column's (the row names the element it renders: "…nodeid"). */
    private boolean rowContains(JsonNode row, String text) {
        for (var cell : row.properties()) {
            JsonNode value = cell.getValue();
            if (value.isString() && value.asString().contains(text)) {
                return true;
            }
            if (cell.getKey().endsWith("nodeid")
                    && value.isNumber()
                    && textOf(value.asInt()).contains(text)) {
                return true;
            }
        }
        return false;
    }

    /** Whether some text on screen contains {@code text}. */
    boolean shows(String text) {
        for (Node node : nodes.values()) {
            if ((node.text != null && node.text.contains(text)) || htmlText(node).contains(text)) {
                return true;
            }
        }
        for (var grid : gridRows.entrySet()) {
            if (nodes.containsKey(grid.getKey())) {
                for (JsonNode row : grid.getValue().values()) {
                    if (rowContains(row, text)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The keys of the items of a vaadin-select (its vaadin-select-item children's values), in order. */
    List<String> selectKeys(int select) {
        List<String> keys = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        collectItems(select, keys, seen, 0);
        return keys;
    }

    private void collectItems(int id, List<String> keys, Set<Integer> seen, int depth) {
        Node node = nodes.get(id);
        if (node == null || depth > 4 || !seen.add(id)) {
            return;
        }
        if ("vaadin-select-item".equals(node.tag) && node.properties.containsKey("value")) {
            keys.add(node.properties.get("value").asString(""));
        }
        for (int child : node.children) {
            collectItems(child, keys, seen, depth + 1);
        }
    }

    int nodeCount() {
        return nodes.size();
    }
}
