package org.cyberpolicy.quiz.interop.gift;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

import org.cyberpolicy.quiz.bank.Choice;
import org.cyberpolicy.quiz.bank.MatchPair;
import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.interop.CarriedDefinitions;
import org.cyberpolicy.quiz.interop.ExportSelection;

/**
 * Writes questions as GIFT. Every text is plain ({@code [plain]}, so that Moodle shows it as written and never
 * runs it as HTML) with GIFT's special characters escaped; the bank's own details (facts, sources, tags, points, the
 * type where GIFT has none) travel in comments that Moodle skips and our import reads.
 */
public final class GiftWriter {

    private final StringBuilder out = new StringBuilder();

    public static String write(ExportSelection selection) {
        GiftWriter w = new GiftWriter();
        w.out.append("// Exported from the cyber-policy quiz, bank ").append(selection.version())
                .append(selection.quizId().map(id -> ", quiz " + id).orElse("")).append(": ")
                .append(selection.questions().size()).append(" questions.\n");
        w.out.append("// The [source-def] and [fact-def] lines carry the sources and facts, and the line above each"
                + " question its facts and details,\n// so that the quiz's own import (import-gift) restores them;"
                + " Moodle skips comments.\n");
        selection.sources().values().forEach(s -> w.out.append("// ").append(CarriedDefinitions.line(s)).append('\n'));
        selection.facts().values().forEach(f -> w.out.append("// ").append(CarriedDefinitions.line(f)).append('\n'));
        for (Question q : selection.questions()) {
            w.out.append('\n');
            w.question(q, selection);
        }
        return w.out.toString();
    }

    private void question(Question q, ExportSelection selection) {
        out.append("// ").append(selection.annotations(q, true)).append('\n');
        ExportSelection.nearestTypeNote(q, "GIFT").ifPresent(note -> out.append("// ").append(note).append('\n'));
        out.append("::").append(escape(q.id())).append("::[plain]").append(escape(q.prompt())).append(" {");
        if (q instanceof Question.SingleChoice c) {
            out.append('\n');
            c.choices().forEach(choice -> answer(choice.correct() ? "=" : "~", choice.text(), choice));
        } else if (q instanceof Question.MultipleChoice m) {
            out.append('\n');
            long right = m.choices().stream().filter(Choice::correct).count();
            long wrong = m.choices().size() - right;
            for (Choice choice : m.choices()) {
                String weight = choice.correct() ? percent(right, false) : wrong == 0 ? "0" : percent(wrong, true);
                answer("~%" + weight + "%", choice.text(), choice);
            }
        } else if (q instanceof Question.TrueFalse t) {
            out.append(t.answer() ? "TRUE" : "FALSE");
        } else if (q instanceof Question.Numeric n) {
            out.append('#').append(n.answer().toPlainString()).append(':').append(n.tolerance().toPlainString());
        } else if (q instanceof Question.DateAnswer d) {
            out.append('=').append(escape(d.answer().toString()));
        } else if (q instanceof Question.ShortAnswer s) {
            out.append('\n');
            s.answers().forEach(a -> out.append("\t=").append(escapeAnswer(a)).append('\n'));
        } else if (q instanceof Question.Matching m) {
            out.append('\n');
            for (MatchPair pair : m.pairs()) {
                out.append("\t=").append(escapeMatch(pair.left())).append(" -> ").append(escapeMatch(pair.right()))
                        .append('\n');
            }
            m.distractors().forEach(d -> out.append("\t= -> ").append(escapeMatch(d)).append('\n'));
        } else if (q instanceof Question.Ordering o) {
            out.append('\n');
            List<String> items = o.items();
            for (int i = 0; i < items.size(); i++) {
                out.append("\t=").append(escapeMatch(items.get(i))).append(" -> ").append(i + 1).append('\n');
            }
        }
        q.info().feedback().ifPresent(f -> {
            if (out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
            out.append("\t####").append(escape(f)).append('\n');
        });
        out.append("}\n");
    }

    private void answer(String mark, String text, Choice choice) {
        out.append('\t').append(mark).append(escapeAnswer(text));
        choice.feedback().ifPresent(f -> out.append(" #").append(escape(f)));
        out.append('\n');
    }

    /** 100 / n percent, as Moodle writes its fractions (at most five decimals). */
    private static String percent(long shares, boolean negative) {
        BigDecimal p = BigDecimal.valueOf(100).divide(BigDecimal.valueOf(shares), new MathContext(7))
                .setScale(5, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        return (negative ? "-" : "") + p.toPlainString();
    }

    /** GIFT's special characters escaped with a backslash, line breaks as {@code \n}. */
    public static String escape(String text) {
        StringBuilder e = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '~', '=', '#', '{', '}', ':' -> e.append('\\').append(c);
                case '\n' -> e.append("\\n");
                case '\r' -> {
                }
                default -> e.append(c);
            }
        }
        return e.toString();
    }

    /**
     * An answer's text: also a leading '%', which would read as a weight, and "->", which would make the question a
     * matching one (Moodle shows these two escapes as written; our import reads them back).
     */
    private static String escapeAnswer(String text) {
        String e = escape(text).replace("->", "-\\>");
        return e.startsWith("%") ? "\\" + e : e;
    }

    private static String escapeMatch(String text) {
        return escapeAnswer(text);
    }
}
