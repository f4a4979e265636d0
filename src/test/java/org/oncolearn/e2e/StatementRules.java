package org.oncolearn.e2e;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The xAPI 1.0.3 statement rules that matter for an AU (shape of actor, verb, object, result and context; ids as IRIs;
 * UUIDs; ISO 8601 timestamps and durations; score ranges; language maps) and the cmi5 rules for its statements
 * (registration, session id, publisher id grouping, cmi5 and moveon categories, result properties per verb, the
 * mastery score). Each broken rule is one sentence naming the property.
 */
final class StatementRules {

    static final String CMI5 = "https://w3id.org/xapi/cmi5/";
    static final String CATEGORY_CMI5 = CMI5 + "context/categories/cmi5";
    static final String CATEGORY_MOVEON = CMI5 + "context/categories/moveon";
    static final String SESSION_ID = CMI5 + "context/extensions/sessionid";
    static final String MASTERY_SCORE = CMI5 + "context/extensions/masteryscore";
    static final String VERBS = "http://adlnet.gov/expapi/verbs/";
    static final String INTERACTION = "http://adlnet.gov/expapi/activities/cmi.interaction";

    private static final Set<String> DEFINED = Set.of("initialized", "completed", "passed", "failed", "terminated");
    private static final Set<String> STATEMENT_PROPERTIES = Set.of(
            "id",
            "actor",
            "verb",
            "object",
            "result",
            "context",
            "timestamp",
            "stored",
            "authority",
            "version",
            "attachments");
    private static final Set<String> INTERACTION_TYPES = Set.of(
            "true-false",
            "choice",
            "fill-in",
            "long-fill-in",
            "matching",
            "performance",
            "sequencing",
            "likert",
            "numeric",
            "other");
    private static final Pattern UUID_FORMAT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    private static final Pattern DURATION = Pattern.compile(
            "P(?=\\d|T\\d)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d{1,2})?S)?)?");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    private StatementRules() {}

    static List<String> check(JsonNode s, TestLrs.Launch launch) {
        List<String> problems = new ArrayList<>();
        s.propertyNames().forEach(name -> {
            if (!STATEMENT_PROPERTIES.contains(name)) {
                problems.add("unknown statement property \"" + name + "\"");
            }
        });
        if (!UUID_FORMAT.matcher(s.path("id").asString("")).matches()) {
            problems.add("id is not a UUID: " + s.path("id"));
        }
        timestamp(s.path("timestamp"), problems);
        actor(s.path("actor"), launch, problems);
        JsonNode verb = s.path("verb");
        String verbId = verb.path("id").asString("");
        iri(verbId, "verb.id", problems);
        if (verb.has("display")) {
            languageMap(verb.path("display"), "verb.display", problems);
        }
        String verbName = verbId.startsWith(VERBS) ? verbId.substring(VERBS.length()) : verbId;
        boolean defined = DEFINED.contains(verbName);
        object(s.path("object"), problems);
        result(s.path("result"), problems);
        context(s.path("context"), launch, problems);

        List<String> categories = new ArrayList<>();
        s.path("context")
                .path("contextActivities")
                .path("category")
                .forEach(a -> categories.add(a.path("id").asString("")));
        if (defined) {
            cmi5Defined(s, verbName, categories, launch, problems);
        } else if (categories.contains(CATEGORY_CMI5) || categories.contains(CATEGORY_MOVEON)) {
            problems.add("a statement that cmi5 does not define carries the cmi5 or moveon category");
        }
        if (verbName.equals("answered")) {
            answered(s, launch, problems);
        }
        return problems;
    }

    private static void cmi5Defined(
            JsonNode s, String verb, List<String> categories, TestLrs.Launch launch, List<String> problems) {
        if (!s.path("object").path("id").asString("").equals(launch.activityId())) {
            problems.add("object.id is not the launch's activityId");
        }
        if (!categories.contains(CATEGORY_CMI5)) {
            problems.add("context.contextActivities.category lacks the cmi5 category");
        }
        boolean judged = verb.equals("completed") || verb.equals("passed") || verb.equals("failed");
        if (judged != categories.contains(CATEGORY_MOVEON)) {
            problems.add(
                    judged
                            ? "the moveon category is missing"
                            : "the moveon category is on a statement without success" + " or completion");
        }
        if (!s.path("actor").has("account")) {
            problems.add("a cmi5 defined statement's actor needs an account");
        }
        JsonNode result = s.path("result");
        boolean needsDuration = !verb.equals("initialized");
        if (needsDuration && !result.has("duration")) {
            problems.add("result.duration is missing");
        }
        if (verb.equals("completed") != result.has("completion")
                || (result.has("completion") && !result.path("completion").asBoolean(false))) {
            problems.add("result.completion must be true on completed and absent elsewhere");
        }
        boolean judgement = verb.equals("passed") || verb.equals("failed");
        if (judgement != result.has("success")
                || (result.has("success") && result.path("success").asBoolean() != verb.equals("passed"))) {
            problems.add("result.success must be true on passed, false on failed and absent elsewhere");
        }
        if (!judgement && result.has("score")) {
            problems.add("result.score is only allowed on passed and failed");
        }
        if (judgement) {
            JsonNode scaled = result.path("score").path("scaled");
            if (!scaled.isNumber()) {
                problems.add("result.score.scaled is missing although a masteryScore was given");
            } else if (verb.equals("passed") != scaled.asDouble() >= launch.masteryScore()) {
                problems.add("result.score.scaled " + scaled + " disagrees with " + verb + " and the masteryScore "
                        + launch.masteryScore());
            }
            JsonNode mastery = s.path("context").path("extensions").path(MASTERY_SCORE);
            if (!mastery.isNumber() || mastery.asDouble() != launch.masteryScore()) {
                problems.add("the masteryScore context extension is missing or differs from the launch data");
            }
        }
    }

    private static void answered(JsonNode s, TestLrs.Launch launch, List<String> problems) {
        JsonNode definition = s.path("object").path("definition");
        if (!INTERACTION.equals(definition.path("type").asString(""))) {
            problems.add("an answered statement's object is not a cmi.interaction activity");
        }
        if (!definition.path("correctResponsesPattern").isArray()
                || !definition.path("choices").isArray()) {
            problems.add("the interaction has no correctResponsesPattern or choices");
        }
        if (!s.path("result").path("response").isString()
                || !s.path("result").path("success").isBoolean()) {
            problems.add("an answered statement needs result.response and result.success");
        }
        boolean parentIsAu = false;
        for (JsonNode parent : s.path("context").path("contextActivities").path("parent")) {
            parentIsAu |= parent.path("id").asString("").equals(launch.activityId());
        }
        if (!parentIsAu) {
            problems.add("an answered statement does not name the AU as its parent activity");
        }
    }

    private static void actor(JsonNode actor, TestLrs.Launch launch, List<String> problems) {
        if (actor.has("objectType") && !actor.path("objectType").asString("").equals("Agent")) {
            problems.add("actor.objectType is not Agent");
        }
        int identifiers = 0;
        for (String ifi : List.of("mbox", "mbox_sha1sum", "openid", "account")) {
            identifiers += actor.has(ifi) ? 1 : 0;
        }
        if (identifiers != 1) {
            problems.add("actor needs exactly one identifier (mbox, mbox_sha1sum, openid or account)");
        }
        if (actor.has("account")) {
            iri(actor.path("account").path("homePage").asString(""), "actor.account.homePage", problems);
            if (actor.path("account").path("name").asString("").isEmpty()) {
                problems.add("actor.account.name is empty");
            }
        }
        if (!actor.equals(launch.actor())) {
            problems.add("actor is not the actor of the launch");
        }
    }

    private static void object(JsonNode object, List<String> problems) {
        if (object.has("objectType") && !object.path("objectType").asString("").equals("Activity")) {
            problems.add("object.objectType is not Activity");
        }
        iri(object.path("id").asString(""), "object.id", problems);
        JsonNode definition = object.path("definition");
        if (definition.isMissingNode()) {
            return;
        }
        if (definition.has("type")) {
            iri(definition.path("type").asString(""), "object.definition.type", problems);
        }
        for (String map : List.of("name", "description")) {
            if (definition.has(map)) {
                languageMap(definition.path(map), "object.definition." + map, problems);
            }
        }
        if (definition.has("interactionType")
                && !INTERACTION_TYPES.contains(
                        definition.path("interactionType").asString(""))) {
            problems.add("object.definition.interactionType is not an xAPI interaction type");
        }
        for (JsonNode pattern : definition.path("correctResponsesPattern")) {
            if (!pattern.isString()) {
                problems.add("a correct response pattern is not a string");
            }
        }
        for (JsonNode choice : definition.path("choices")) {
            if (choice.path("id").asString("").isEmpty()) {
                problems.add("an interaction choice has no id");
            }
            languageMap(choice.path("description"), "choices[].description", problems);
        }
    }

    private static void result(JsonNode result, List<String> problems) {
        if (result.isMissingNode()) {
            return;
        }
        JsonNode score = result.path("score");
        if (!score.isMissingNode()) {
            JsonNode scaled = score.path("scaled");
            if (!scaled.isMissingNode() && (!scaled.isNumber() || scaled.asDouble() < -1 || scaled.asDouble() > 1)) {
                problems.add("result.score.scaled is not a number in [-1, 1]: " + scaled);
            }
        }
        for (String flag : List.of("success", "completion")) {
            if (result.has(flag) && !result.path(flag).isBoolean()) {
                problems.add("result." + flag + " is not a boolean");
            }
        }
        if (result.has("duration")
                && !DURATION.matcher(result.path("duration").asString("")).matches()) {
            problems.add("result.duration is not an ISO 8601 duration: " + result.path("duration"));
        }
        if (result.has("response") && !result.path("response").isString()) {
            problems.add("result.response is not a string");
        }
    }

    private static void context(JsonNode context, TestLrs.Launch launch, List<String> problems) {
        if (!launch.registration().equals(context.path("registration").asString(""))) {
            problems.add("context.registration is not the launch's registration");
        }
        if (!launch.sessionId()
                .equals(context.path("extensions").path(SESSION_ID).asString(""))) {
            problems.add("the cmi5 session id extension is missing or wrong");
        }
        boolean publisher = false;
        for (JsonNode activity : context.path("contextActivities").path("grouping")) {
            publisher |= activity.path("id").asString("").equals(launch.publisherId());
        }
        if (!publisher) {
            problems.add("context.contextActivities.grouping lacks the publisher id of the context template");
        }
        context.path("contextActivities").propertyNames().forEach(list -> {
            JsonNode activities = context.path("contextActivities").path(list);
            if (!Set.of("parent", "grouping", "category", "other").contains(list) || !activities.isArray()) {
                problems.add("contextActivities." + list + " is not one of the four lists");
            }
            activities.forEach(a -> iri(a.path("id").asString(""), "contextActivities." + list + "[].id", problems));
        });
        context.path("extensions").propertyNames().forEach(key -> iri(key, "context extension key", problems));
    }

    private static void timestamp(JsonNode timestamp, List<String> problems) {
        try {
            OffsetDateTime at = OffsetDateTime.parse(timestamp.asString(""));
            if (!at.getOffset().equals(ZoneOffset.UTC)) {
                problems.add("timestamp is not in UTC: " + timestamp);
            }
        } catch (DateTimeParseException e) {
            problems.add("timestamp is not ISO 8601: " + timestamp);
        }
    }

    private static void languageMap(JsonNode map, String where, List<String> problems) {
        if (!map.isObject() || map.isEmpty()) {
            problems.add(where + " is not a language map");
            return;
        }
        map.propertyNames().forEach(tag -> {
            if (!LANGUAGE.matcher(tag).matches() || !map.path(tag).isString()) {
                problems.add(where + " has a bad language tag or value: " + tag);
            }
        });
    }

    private static void iri(String value, String where, List<String> problems) {
        try {
            URI uri = new URI(value);
            if (!uri.isAbsolute()) {
                problems.add(where + " is not an absolute IRI: \"" + value + "\"");
            }
        } catch (Exception e) {
            problems.add(where + " is not an IRI: \"" + value + "\"");
        }
    }
}
