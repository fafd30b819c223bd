package org.cyberpolicy.quiz.bank.yaml;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cyberpolicy.quiz.bank.BankProblem;
import org.cyberpolicy.quiz.bank.Location;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads one YAML document into a tree of {@link YamlNode}s that keep their line and column.
 * <p>
 * Files in the plain block style are read by {@link BlockStyleYaml}; the rest, and every error, by the general parser
 * below, which {@link BlockStyleYaml} matches wherever it answers.
 * <p>
 * Jackson's streaming YAML parser only produces events: it never instantiates types named in the file, so tags
 * cannot run code. Aliases are resolved here, by sharing the anchored node, and every node an alias brings in
 * counts against {@link YamlLimits#maxAliasedNodes()}, which stops alias bombs long before memory runs out.
 * Duplicate keys are errors, because the second one would silently win.
 */
public final class YamlReader {

    private final YamlLimits limits;
    private final int maxCodePoints;
    private final BlockStyleYaml blockStyle;
    /** Made on first use: a bank in block style never needs it, and a fresh JVM spends time loading its classes. */
    private YAMLFactory factory;

    public YamlReader(YamlLimits limits, int maxCodePoints) {
        this.limits = limits;
        this.maxCodePoints = maxCodePoints;
        this.blockStyle = new BlockStyleYaml(limits.maxDepth());
    }

    private synchronized YAMLFactory factory() {
        if (factory == null) {
            LoaderOptions options = new LoaderOptions();
            options.setCodePointLimit(maxCodePoints);
            factory = YAMLFactory.builder().loaderOptions(options).build();
        }
        return factory;
    }

    /**
     * The root node of the file's only document, or empty when the file holds no document or only comments.
     * Problems that do not stop the reading, such as a repeated key, are added to {@code problems}.
     */
    public Optional<YamlNode> read(String file, String text, List<BankProblem> problems) throws InvalidYamlException {
        // Bank files are mostly in the plain block style, which BlockStyleYaml reads to the same tree several times
        // faster: a third less time for a large bank's first load in a fresh JVM (docs/performance.md).
        if (text.length() <= maxCodePoints) {
            Optional<YamlNode> read = blockStyle.read(file, text);
            if (read.isPresent()) {
                return read;
            }
        }
        return readInFull(file, text, problems);
    }

    /** The general parser's reading, which {@link BlockStyleYaml} must match wherever it answers. */
    Optional<YamlNode> readInFull(String file, String text, List<BankProblem> problems) throws InvalidYamlException {
        try (YAMLParser parser = (YAMLParser) factory().createParser(text)) {
            Document document = new Document(file, parser, limits, problems);
            JsonToken first = parser.nextToken();
            if (first == null) {
                return Optional.empty();
            }
            YamlNode root = document.node(first, 1).node();
            JsonToken next = parser.nextToken();
            if (next != null) {
                throw new InvalidYamlException(document.location(),
                        "a bank file holds one YAML document, but a second one starts here (remove the '---')");
            }
            return root instanceof YamlNode.Scalar scalar && scalar.isNull() ? Optional.empty() : Optional.of(root);
        } catch (JsonProcessingException e) {
            throw syntaxError(file, e);
        } catch (IOException e) {
            throw new InvalidYamlException(Location.startOf(file), "cannot read the file: " + e.getMessage());
        } catch (RuntimeException e) {
            // SnakeYAML signals some limits (code points, nesting) with unchecked exceptions.
            throw new InvalidYamlException(Location.startOf(file), "YAML error: " + firstLine(e.getMessage()));
        }
    }

    private static InvalidYamlException syntaxError(String file, JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            Mark mark = marked.getProblemMark();
            String context = marked.getContext() == null ? "" : " (" + marked.getContext() + ")";
            return new InvalidYamlException(new Location(file, mark.getLine() + 1, mark.getColumn() + 1),
                    "YAML syntax error: " + marked.getProblem() + context);
        }
        JsonLocation where = e.getLocation();
        Location location = where == null ? Location.startOf(file)
                : new Location(file, Math.max(1, where.getLineNr()), Math.max(1, where.getColumnNr()));
        return new InvalidYamlException(location, "YAML syntax error: " + firstLine(e.getOriginalMessage()));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown problem";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** A node and how many nodes it stands for once every alias inside it is expanded. */
    private record Built(YamlNode node, long weight) {
    }

    /** The state of reading one document: its anchors and how much aliases have expanded so far. */
    private static final class Document {
        private final String file;
        private final JsonParser parser;
        private final YamlLimits limits;
        private final List<BankProblem> problems;
        private final Map<String, Built> anchors = new HashMap<>();
        private long aliasedNodes;

        Document(String file, JsonParser parser, YamlLimits limits, List<BankProblem> problems) {
            this.file = file;
            this.parser = parser;
            this.limits = limits;
            this.problems = problems;
        }

        Location location() {
            JsonLocation where = parser.currentTokenLocation();
            return new Location(file, Math.max(1, where.getLineNr()), Math.max(1, where.getColumnNr()));
        }

        Built node(JsonToken token, int depth) throws IOException, InvalidYamlException {
            if (depth > limits.maxDepth()) {
                throw new InvalidYamlException(location(), "the YAML nests deeper than " + limits.maxDepth() + " levels");
            }
            Object anchor = parser.getObjectId();
            Built built = switch (token) {
                case START_OBJECT -> mapping(depth);
                case START_ARRAY -> sequence(depth);
                case VALUE_STRING -> ((YAMLParser) parser).isCurrentAlias() ? alias() : scalar(YamlNode.Scalar.Kind.STRING);
                case VALUE_NUMBER_INT -> scalar(YamlNode.Scalar.Kind.INTEGER);
                case VALUE_NUMBER_FLOAT -> scalar(YamlNode.Scalar.Kind.DECIMAL);
                case VALUE_TRUE, VALUE_FALSE -> scalar(YamlNode.Scalar.Kind.BOOLEAN);
                case VALUE_NULL -> scalar(YamlNode.Scalar.Kind.NULL);
                default -> throw new InvalidYamlException(location(), "unexpected YAML content (" + token + ")");
            };
            if (anchor != null) {
                anchors.put(anchor.toString(), built);
            }
            return built;
        }

        private Built scalar(YamlNode.Scalar.Kind kind) throws IOException {
            String text = kind == YamlNode.Scalar.Kind.NULL ? "" : parser.getText();
            return new Built(new YamlNode.Scalar(text, kind, location()), 1);
        }

        private Built alias() throws IOException, InvalidYamlException {
            String name = parser.getText();
            Built target = anchors.get(name);
            if (target == null) {
                throw new InvalidYamlException(location(), "the alias '*" + name + "' refers to no anchor defined before it");
            }
            aliasedNodes += target.weight();
            if (aliasedNodes > limits.maxAliasedNodes()) {
                throw new InvalidYamlException(location(), "aliases expand to more than " + limits.maxAliasedNodes()
                        + " nodes; the file is rejected as an alias bomb (write the content out instead of aliasing it)");
            }
            return target;
        }

        private Built sequence(int depth) throws IOException, InvalidYamlException {
            Location start = location();
            List<YamlNode> items = new ArrayList<>();
            long weight = 1;
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                Built item = node(token, depth + 1);
                items.add(item.node());
                weight += item.weight();
            }
            return new Built(new YamlNode.Sequence(items, start), weight);
        }

        private Built mapping(int depth) throws IOException, InvalidYamlException {
            Location start = location();
            List<YamlNode.Entry> entries = new ArrayList<>();
            Set<String> keys = new HashSet<>();
            long weight = 1;
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_OBJECT) {
                YamlNode.Scalar key = new YamlNode.Scalar(parser.currentName(), YamlNode.Scalar.Kind.STRING, location());
                Built value = node(parser.nextToken(), depth + 1);
                if (keys.add(key.text())) {
                    entries.add(new YamlNode.Entry(key, value.node()));
                } else {
                    problems.add(new BankProblem(key.location(), "the key '" + key.text()
                            + "' appears twice in the same mapping; only the first is kept"));
                }
                weight += 1 + value.weight();
            }
            return new Built(new YamlNode.Mapping(entries, start), weight);
        }
    }
}
