package org.cyberpolicy.quiz.interop;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cyberpolicy.quiz.bank.Fact;
import org.cyberpolicy.quiz.bank.FactValue;
import org.cyberpolicy.quiz.bank.Location;
import org.cyberpolicy.quiz.bank.PartialDate;
import org.cyberpolicy.quiz.bank.Source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The sources and facts of an export, carried in comments as one JSON object a line ({@code [source-def] {…}},
 * {@code [fact-def] {…}}), so that our own import writes them back and the imported questions name real, sourced
 * facts again. Moodle skips these comments.
 */
public final class CarriedDefinitions {

    public static final String SOURCE_MARK = "[source-def]";
    public static final String FACT_MARK = "[fact-def]";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final Map<String, Fact> facts = new LinkedHashMap<>();

    public Map<String, Source> sources() {
        return sources;
    }

    public Map<String, Fact> facts() {
        return facts;
    }

    /** The comment text (without {@code //}) that carries a source. */
    public static String line(Source source) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", source.id());
        node.put("outlet", source.outlet());
        node.put("title", source.title());
        source.author().ifPresent(a -> node.put("author", a));
        node.put("published", source.published().toString());
        source.url().ifPresent(u -> node.put("url", u));
        return SOURCE_MARK + " " + node;
    }

    public static String line(Fact fact) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", fact.id());
        node.put("statement", fact.statement());
        fact.value().ifPresent(value -> {
            ObjectNode v = node.putObject("value");
            if (value instanceof FactValue.NumberValue n) {
                v.put("number", n.number().toPlainString());
            } else if (value instanceof FactValue.DateValue d) {
                v.put("date", d.date().toString());
            } else if (value instanceof FactValue.TextValue t) {
                v.put("text", t.text());
            } else if (value instanceof FactValue.TextListValue l) {
                ArrayNode texts = v.putArray("texts");
                l.texts().forEach(texts::add);
            }
        });
        array(node, "aliases", fact.aliases());
        array(node, "sources", fact.sourceIds());
        array(node, "tags", fact.tags());
        fact.note().ifPresent(n -> node.put("note", n));
        fact.speaker().ifPresent(s -> node.put("speaker", s));
        return FACT_MARK + " " + node;
    }

    private static void array(ObjectNode node, String key, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode array = node.putArray(key);
            values.forEach(array::add);
        }
    }

    /**
     * Reads a comment if it carries a definition.
     *
     * @return empty when the comment was read (or is no definition at all); what is wrong with a broken one
     */
    public Optional<String> read(String comment, Location where) {
        String text = comment.strip();
        try {
            if (text.startsWith(SOURCE_MARK)) {
                Source source = source(JSON.readTree(text.substring(SOURCE_MARK.length())), where);
                sources.putIfAbsent(source.id(), source);
            } else if (text.startsWith(FACT_MARK)) {
                Fact fact = fact(JSON.readTree(text.substring(FACT_MARK.length())), where);
                facts.putIfAbsent(fact.id(), fact);
            }
            return Optional.empty();
        } catch (JsonProcessingException | RuntimeException e) {
            return Optional.of("a carried definition cannot be read: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    public static boolean isDefinition(String comment) {
        String text = comment.strip();
        return text.startsWith(SOURCE_MARK) || text.startsWith(FACT_MARK);
    }

    private static Source source(JsonNode node, Location where) {
        return new Source(required(node, "id"), required(node, "outlet"), required(node, "title"),
                optional(node, "author"), PartialDate.parse(required(node, "published"))
                        .orElseThrow(() -> new IllegalArgumentException("'published' is not a date")),
                optional(node, "url"), where);
    }

    private static Fact fact(JsonNode node, Location where) {
        Optional<FactValue> value = Optional.empty();
        JsonNode v = node.get("value");
        if (v != null) {
            if (v.has("number")) {
                value = Optional.of(new FactValue.NumberValue(new BigDecimal(v.get("number").asText())));
            } else if (v.has("date")) {
                value = PartialDate.parse(v.get("date").asText()).map(FactValue.DateValue::new);
            } else if (v.has("text")) {
                value = Optional.of(new FactValue.TextValue(v.get("text").asText()));
            } else if (v.has("texts")) {
                value = Optional.of(new FactValue.TextListValue(texts(v, "texts")));
            }
        }
        return new Fact(required(node, "id"), required(node, "statement"), value, texts(node, "aliases"),
                texts(node, "sources"), texts(node, "tags"), optional(node, "note"), optional(node, "speaker"), where);
    }

    private static String required(JsonNode node, String key) {
        JsonNode value = node.get(key);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("'" + key + "' is missing");
        }
        return value.asText();
    }

    private static Optional<String> optional(JsonNode node, String key) {
        JsonNode value = node.get(key);
        return value != null && value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
    }

    private static List<String> texts(JsonNode node, String key) {
        List<String> texts = new ArrayList<>();
        JsonNode array = node.get(key);
        if (array != null && array.isArray()) {
            array.forEach(item -> texts.add(item.asText()));
        }
        return texts;
    }
}
