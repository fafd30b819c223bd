package org.cyberpolicy.quiz.bank.load;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cyberpolicy.quiz.bank.Fact;
import org.cyberpolicy.quiz.bank.FactValue;
import org.cyberpolicy.quiz.bank.PartialDate;
import org.cyberpolicy.quiz.bank.yaml.YamlNode;
import org.cyberpolicy.quiz.bank.yaml.YamlNode.Scalar;

/** Reads one entry of a {@code facts} list, checking that it cites sources the bank declares. */
final class FactReader {

    static final Set<String> KEYS = Set.of("id", "statement", "value", "aliases", "sources", "tags", "note",
            "speaker", "placeholder");

    private final Problems problems;
    private final Set<String> declaredSources;

    FactReader(Problems problems, Set<String> declaredSources) {
        this.problems = problems;
        this.declaredSources = declaredSources;
    }

    Optional<Fact> read(Fields raw) {
        Optional<String> id = raw.requiredId();
        Fields fields = raw.named(id.map(i -> "fact '" + i + "'").orElse("a fact"));
        fields.rejectUnknownKeys(KEYS);
        int before = problems.errorCount();
        Optional<String> statement = fields.requiredText("statement");
        Optional<FactValue> value = fields.value("value").flatMap(node -> value(fields, node));
        List<String> aliases = fields.texts("aliases");
        if (!aliases.isEmpty() && value.isPresent()
                && !(value.get() instanceof FactValue.TextValue || value.get() instanceof FactValue.NumberValue)) {
            problems.error(fields.value("aliases").orElseThrow(), "'aliases' of " + fields.owner()
                    + " only apply to a text or number value, and this value is " + kindOf(value.get()));
        }
        // An importer cannot know which reports back an imported question: it ties it to a placeholder, which
        // cites nothing and makes the validator warn until an instructor sets a real fact.
        boolean placeholder = fields.has("placeholder") && fields.flag("placeholder").orElse(false);
        List<String> sources;
        if (placeholder) {
            sources = List.of();
            fields.value("sources").ifPresent(node -> problems.error(node, fields.owner()
                    + " is a placeholder and cites no source: remove 'placeholder' once it has sources"));
        } else {
            sources = References.requiredList(fields, "sources", declaredSources, "source", problems);
        }
        List<String> tags = fields.texts("tags");
        Optional<String> note = fields.text("note");
        Optional<String> speaker = fields.text("speaker");
        // A quotation shows the speaker's words as a quotation: the statement must say which words they were.
        if (speaker.isPresent() && statement.isPresent() && Fact.quotedIn(statement.get()).isEmpty()) {
            problems.error(fields.value("speaker").orElseThrow(), "'speaker' of " + fields.owner()
                    + " makes it a quotation, but its statement quotes no words: put the words said in double quotes");
        }
        if (problems.errorCount() > before || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Fact(id.get(), statement.get(), value, aliases, sources, tags, note, speaker,
                fields.node().location()));
    }

    private Optional<FactValue> value(Fields fields, YamlNode node) {
        String what = "'value' of " + fields.owner();
        if (node instanceof YamlNode.Sequence) {
            List<String> texts = fields.texts(node, "'value'");
            return texts.isEmpty() ? Optional.empty() : Optional.of(new FactValue.TextListValue(texts));
        }
        if (node instanceof Scalar scalar) {
            if (scalar.isNumber()) {
                return fields.number(node, "'value'").map(FactValue.NumberValue::new);
            }
            if (PartialDate.looksLikeDate(scalar.text())) {
                return Dates.read(node, what, problems).map(FactValue.DateValue::new);
            }
            return fields.text(node, "'value'").map(FactValue.TextValue::new);
        }
        problems.error(node, what + " must be a number, a date, a text or a list of texts, not " + node.describe());
        return Optional.empty();
    }

    static String kindOf(FactValue value) {
        if (value instanceof FactValue.NumberValue) {
            return "the number " + value.display();
        }
        if (value instanceof FactValue.DateValue) {
            return "the date " + value.display();
        }
        if (value instanceof FactValue.TextValue) {
            return "the text '" + value.display() + "'";
        }
        return "a list of texts";
    }
}
