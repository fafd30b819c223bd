package org.cyberpolicy.quiz.bank.load;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cyberpolicy.quiz.bank.Asking;
import org.cyberpolicy.quiz.bank.Fact;
import org.cyberpolicy.quiz.bank.FactValue;
import org.cyberpolicy.quiz.bank.Location;
import org.cyberpolicy.quiz.bank.PartialDate;
import org.cyberpolicy.quiz.bank.generate.QuestionGenerator;
import org.cyberpolicy.quiz.bank.yaml.YamlNode;
import org.cyberpolicy.quiz.bank.yaml.YamlNode.Scalar;

/** Reads one entry of a {@code facts} list, checking that it cites sources the bank declares. */
final class FactReader {

    static final Set<String> KEYS = Set.of("id", "statement", "value", "aliases", "sources", "tags", "note",
            "speaker", "placeholder", "kind", "ask", "claim", "generate");

    private final Problems problems;
    private final Set<String> declaredSources;
    private final Set<String> declaredKinds;

    FactReader(Problems problems, Set<String> declaredSources) {
        this(problems, declaredSources, Set.of());
    }

    FactReader(Problems problems, Set<String> declaredSources, Set<String> declaredKinds) {
        this.problems = problems;
        this.declaredSources = declaredSources;
        this.declaredKinds = declaredKinds;
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
        Asking asking = asking(fields, id, value);
        if (problems.errorCount() > before || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Fact(id.get(), statement.get(), value, aliases, sources, tags, note, speaker,
                fields.node().location(), asking));
    }

    /** {@code kind}, {@code ask}, {@code claim} and {@code generate}: how questions are generated from the value. */
    private Asking asking(Fields fields, Optional<String> id, Optional<FactValue> value) {
        Location location = fields.node().location();
        Optional<String> kind = fields.text("kind");
        Optional<String> ask = fields.text("ask");
        Optional<String> claim = fields.text("claim");
        Optional<Set<Asking.Form>> forms = fields.value("generate").flatMap(node -> forms(fields, node));
        if (kind.isEmpty()) {
            for (String key : List.of("ask", "claim", "generate")) {
                fields.value(key).ifPresent(node -> problems.error(node, "'" + key + "' of " + fields.owner()
                        + " generates nothing without a 'kind' (date, number or one of the bank's kinds)"));
            }
            return Asking.none(location);
        }
        YamlNode kindNode = fields.value("kind").orElseThrow();
        String k = kind.get();
        boolean knownKind = k.equals(Asking.DATE) || k.equals(Asking.NUMBER) || declaredKinds.contains(k);
        if (!knownKind) {
            problems.error(kindNode, "'kind' of " + fields.owner() + " is '" + k + "', which is neither date, number"
                    + " nor a kind the bank defines under 'kinds:'" + (declaredKinds.isEmpty() ? ""
                    : " (" + String.join(", ", new java.util.TreeSet<>(declaredKinds)) + ")"));
        } else if (value.isEmpty()) {
            problems.error(kindNode, fields.owner() + " has a 'kind' but no 'value' to generate questions from");
        } else if (k.equals(Asking.DATE) && value.get().asDate().isEmpty()) {
            problems.error(kindNode, "'kind: date' of " + fields.owner() + " needs a date value (YYYY, YYYY-MM or"
                    + " YYYY-MM-DD), and its value is " + kindOf(value.get()));
        } else if (k.equals(Asking.NUMBER) && value.get().asNumber().isEmpty()) {
            problems.error(kindNode, "'kind: number' of " + fields.owner() + " needs a number value, and its value"
                    + " is " + kindOf(value.get()));
        } else if (!k.equals(Asking.DATE) && !k.equals(Asking.NUMBER)
                && !(value.get() instanceof FactValue.TextValue || value.get() instanceof FactValue.TextListValue)) {
            problems.error(kindNode, "'kind: " + k + "' of " + fields.owner() + " needs a name or a list of names"
                    + " as its value, and its value is " + kindOf(value.get())
                    + " (use 'kind: date' or 'kind: number')");
        }
        boolean list = value.isPresent() && value.get() instanceof FactValue.TextListValue;
        claim.filter(c -> !c.contains(Asking.VALUE)).ifPresent(c -> problems.error(fields.value("claim")
                .orElseThrow(), "'claim' of " + fields.owner() + " must say where the value goes with "
                + Asking.VALUE + ", e.g. 'The charges were made public on {value}.'"));
        if (list && claim.isPresent()) {
            problems.error(fields.value("claim").orElseThrow(), "'claim' of " + fields.owner() + " cannot be used:"
                    + " a list value is asked only as a multiple choice (its 'ask')");
        }
        forms.ifPresent(f -> {
            YamlNode node = fields.value("generate").orElseThrow();
            if (list && f.stream().anyMatch(form -> form != Asking.Form.CHOICE)) {
                problems.error(node, "'generate' of " + fields.owner() + " can only be [choice] or none: a list"
                        + " value is asked as a multiple choice");
            }
            if (ask.isEmpty() && (f.contains(Asking.Form.ENTRY) || f.contains(Asking.Form.CHOICE))) {
                problems.error(node, "'generate' of " + fields.owner() + " asks for "
                        + (f.contains(Asking.Form.ENTRY) ? "entry" : "choice") + ", which needs 'ask': the question"
                        + " to put");
            }
            if (claim.isEmpty() && f.contains(Asking.Form.TRUE_FALSE)) {
                problems.error(node, "'generate' of " + fields.owner() + " asks for true-false, which needs"
                        + " 'claim': the sentence to judge, with " + Asking.VALUE);
            }
        });
        if (forms.isEmpty() && ask.isEmpty() && (claim.isEmpty() || list)) {
            problems.error(kindNode, fields.owner() + " has a 'kind' but " + (list ? "no 'ask'" : "neither 'ask'"
                    + " (for entry and choice questions) nor 'claim' (for a true/false)") + ": say how to ask about"
                    + " it, or add 'generate: none'");
        }
        id.filter(i -> i.length() + QuestionGenerator.LONGEST_SUFFIX > QuestionGenerator.MAX_QUESTION_ID)
                .ifPresent(i -> problems.error(fields.value("id").orElseThrow(), "the id of " + fields.owner()
                        + " is " + i.length() + " characters long; a fact with a 'kind' may have at most "
                        + (QuestionGenerator.MAX_QUESTION_ID - QuestionGenerator.LONGEST_SUFFIX)
                        + ", so that its generated questions' ids (" + i + "~true-false) fit"));
        return new Asking(kind, ask, claim, forms, location);
    }

    /** {@code generate: none}, or a list of forms. */
    private Optional<Set<Asking.Form>> forms(Fields fields, YamlNode node) {
        if (node instanceof Scalar scalar && scalar.text().strip().equals("none")) {
            return Optional.of(Set.of());
        }
        if (!(node instanceof YamlNode.Sequence)) {
            problems.error(node, "'generate' of " + fields.owner() + " must be none or a list of forms (entry,"
                    + " choice, true-false), not " + node.describe());
            return Optional.empty();
        }
        Set<Asking.Form> forms = EnumSet.noneOf(Asking.Form.class);
        for (String name : fields.texts(node, "'generate'")) {
            Optional<Asking.Form> form = Asking.Form.fromYaml(name);
            if (form.isEmpty()) {
                problems.error(node, "'generate' of " + fields.owner() + " names the form '" + name + "'; the forms"
                        + " are entry, choice and true-false (or generate: none)");
            }
            form.ifPresent(forms::add);
        }
        if (forms.isEmpty() && !((YamlNode.Sequence) node).items().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(forms);
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
