package org.cyberpolicy.quiz.interop;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.cyberpolicy.quiz.bank.Choice;
import org.cyberpolicy.quiz.bank.Fact;
import org.cyberpolicy.quiz.bank.FactValue;
import org.cyberpolicy.quiz.bank.MatchPair;
import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.bank.QuestionInfo;
import org.cyberpolicy.quiz.bank.Scoring;
import org.cyberpolicy.quiz.bank.Source;

/**
 * Writes sources, facts and questions in the bank format ({@code docs/bank-format.md}). Every text is written as a
 * double-quoted YAML string with its special characters escaped, so that no imported text, however odd, can change
 * the structure of the file; numbers, dates and booleans are written bare, as the format reads them.
 */
public final class BankYamlWriter {

    private final StringBuilder out = new StringBuilder();

    public static String sources(Collection<Source> sources) {
        BankYamlWriter w = new BankYamlWriter();
        w.out.append("sources:\n");
        for (Source s : sources) {
            w.item("id", quoted(s.id()));
            w.key(4, "outlet", quoted(s.outlet()));
            w.key(4, "title", quoted(s.title()));
            s.author().ifPresent(a -> w.key(4, "author", quoted(a)));
            w.key(4, "published", s.published().toString());
            s.url().ifPresent(u -> w.key(4, "url", quoted(u)));
        }
        return w.out.toString();
    }

    /** Facts; a fact that cites no source is written as a placeholder. */
    public static String facts(Collection<Fact> facts) {
        BankYamlWriter w = new BankYamlWriter();
        w.out.append("facts:\n");
        for (Fact f : facts) {
            w.item("id", quoted(f.id()));
            w.key(4, "statement", quoted(f.statement()));
            f.value().ifPresent(value -> w.factValue(value));
            w.list(4, "aliases", f.aliases());
            if (f.isPlaceholder()) {
                w.key(4, "placeholder", "true");
            } else {
                w.list(4, "sources", f.sourceIds());
            }
            w.list(4, "tags", f.tags());
            f.note().ifPresent(n -> w.key(4, "note", quoted(n)));
            f.speaker().ifPresent(s -> w.key(4, "speaker", quoted(s)));
        }
        return w.out.toString();
    }

    /** Questions, each after its comment lines (where it came from, its title), if any. */
    public static String questions(Collection<Question> questions, Map<String, List<String>> comments) {
        BankYamlWriter w = new BankYamlWriter();
        w.out.append("questions:\n");
        boolean first = true;
        for (Question q : questions) {
            if (!first) {
                w.out.append('\n');
            }
            first = false;
            comments.getOrDefault(q.id(), List.of()).forEach(c -> w.out.append("  # ").append(oneLine(c)).append('\n'));
            w.question(q);
        }
        return w.out.toString();
    }

    private void question(Question q) {
        QuestionInfo info = q.info();
        item("id", quoted(info.id()));
        key(4, "type", q.type().yamlName());
        key(4, "prompt", quoted(info.prompt()));
        list(4, "facts", info.factIds());
        if (info.points().compareTo(BigDecimal.ONE) != 0) {
            key(4, "points", info.points().stripTrailingZeros().toPlainString());
        }
        list(4, "tags", new ArrayList<>(new TreeSet<>(info.tags())));
        info.difficulty().ifPresent(d -> key(4, "difficulty", d.yamlName()));
        if (q instanceof Question.SingleChoice c) {
            choices(c.choices());
        } else if (q instanceof Question.MultipleChoice c) {
            scoring(c.scoring());
            choices(c.choices());
        } else if (q instanceof Question.TrueFalse t) {
            key(4, "answer", String.valueOf(t.answer()));
        } else if (q instanceof Question.Numeric n) {
            key(4, "answer", n.answer().toPlainString());
            if (n.tolerance().signum() != 0) {
                key(4, "tolerance", n.tolerance().toPlainString());
            }
        } else if (q instanceof Question.DateAnswer d) {
            key(4, "answer", d.answer().toString());
        } else if (q instanceof Question.ShortAnswer s) {
            list(4, "answers", s.answers());
        } else if (q instanceof Question.Matching m) {
            out.append("    pairs:\n");
            for (MatchPair pair : m.pairs()) {
                out.append("      - left: ").append(quoted(pair.left())).append('\n');
                key(8, "right", quoted(pair.right()));
            }
            list(4, "distractors", m.distractors());
        } else if (q instanceof Question.Ordering o) {
            scoring(o.scoring());
            list(4, "items", o.items());
        }
        info.feedback().ifPresent(f -> key(4, "feedback", quoted(f)));
    }

    private void scoring(Scoring scoring) {
        if (scoring != Scoring.PARTIAL) {
            key(4, "scoring", scoring.yamlName());
        }
    }

    private void choices(List<Choice> choices) {
        out.append("    choices:\n");
        for (int i = 0; i < choices.size(); i++) {
            Choice c = choices.get(i);
            if (c.id().equals(Choice.defaultId(i))) {
                out.append("      - text: ").append(quoted(c.text())).append('\n');
            } else {
                out.append("      - id: ").append(quoted(c.id())).append('\n');
                key(8, "text", quoted(c.text()));
            }
            if (c.correct()) {
                key(8, "correct", "true");
            }
            c.feedback().ifPresent(f -> key(8, "feedback", quoted(f)));
        }
    }

    private void factValue(FactValue value) {
        if (value instanceof FactValue.NumberValue n) {
            key(4, "value", n.number().toPlainString());
        } else if (value instanceof FactValue.DateValue d) {
            key(4, "value", d.date().toString());
        } else if (value instanceof FactValue.TextValue t) {
            key(4, "value", quoted(t.text()));
        } else if (value instanceof FactValue.TextListValue l) {
            list(4, "value", l.texts());
        }
    }

    private void item(String key, String value) {
        out.append("  - ").append(key).append(": ").append(value).append('\n');
    }

    private void key(int indent, String key, String value) {
        out.append(" ".repeat(indent)).append(key).append(": ").append(value).append('\n');
    }

    private void list(int indent, String key, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        out.append(" ".repeat(indent)).append(key).append(":\n");
        values.forEach(v -> out.append(" ".repeat(indent + 2)).append("- ").append(quoted(v)).append('\n'));
    }

    /** A YAML double-quoted string: backslash, quote, line breaks and every control character escaped. */
    public static String quoted(String text) {
        StringBuilder q = new StringBuilder("\"");
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '\\' -> q.append("\\\\");
                case '"' -> q.append("\\\"");
                case '\n' -> q.append("\\n");
                case '\t' -> q.append("\\t");
                default -> {
                    if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || cp == 0x2028 || cp == 0x2029 || cp == 0xfeff
                            || (cp >= 0xd800 && cp <= 0xdfff)) {
                        q.append(String.format("\\u%04x", cp));
                    } else {
                        q.appendCodePoint(cp);
                    }
                }
            }
        });
        return q.append('"').toString();
    }

    /** A comment's text on one line, whatever it held. */
    static String oneLine(String text) {
        StringBuilder line = new StringBuilder();
        text.codePoints().forEach(cp -> line.appendCodePoint(Character.isISOControl(cp) || cp == 0x2028
                || cp == 0x2029 || cp == 0x85 ? ' ' : cp));
        return line.toString();
    }

}
