package org.cyberpolicy.quiz.interop.moodle;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import org.cyberpolicy.quiz.bank.Choice;
import org.cyberpolicy.quiz.bank.MatchPair;
import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.interop.CarriedDefinitions;
import org.cyberpolicy.quiz.interop.ExportSelection;

/**
 * Writes questions as Moodle XML. Every text is {@code plain_text}, so that Moodle shows it as written rather than
 * as HTML, and is escaped for XML (characters XML cannot hold are dropped); the bank's details travel in comments
 * (made safe: no {@code --} inside), tags and points in Moodle's own elements.
 */
public final class MoodleXmlWriter {

    private final StringBuilder out = new StringBuilder();

    public static String write(ExportSelection selection) {
        MoodleXmlWriter w = new MoodleXmlWriter();
        w.out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
        w.comment("Exported from the cyber-policy quiz, bank " + selection.version()
                + selection.quizId().map(id -> ", quiz " + id).orElse("") + ": " + selection.questions().size()
                + " questions. The [source-def] and [fact-def] comments carry the sources and facts, so that the"
                + " quiz's own import (import-moodle-xml) restores them; Moodle skips comments.");
        selection.sources().values().forEach(s -> w.comment(CarriedDefinitions.line(s)));
        selection.facts().values().forEach(f -> w.comment(CarriedDefinitions.line(f)));
        selection.questions().forEach(q -> w.question(q, selection));
        w.out.append("</quiz>\n");
        return w.out.toString();
    }

    private void question(Question q, ExportSelection selection) {
        out.append('\n');
        comment(selection.annotations(q, false));
        ExportSelection.nearestTypeNote(q, "Moodle XML").ifPresent(this::comment);
        String type = switch (q.type()) {
            case SINGLE, MULTIPLE -> "multichoice";
            case TRUE_FALSE -> "truefalse";
            case NUMERIC -> "numerical";
            case DATE, SHORT -> "shortanswer";
            case MATCHING, ORDERING -> "matching";
        };
        out.append("  <question type=\"").append(type).append("\">\n");
        out.append("    <name><text>").append(escape(q.id())).append("</text></name>\n");
        text("    ", "questiontext", q.prompt());
        text("    ", "generalfeedback", q.info().feedback().orElse(""));
        out.append("    <defaultgrade>").append(q.points().stripTrailingZeros().toPlainString())
                .append("</defaultgrade>\n");
        if (q instanceof Question.SingleChoice c) {
            choiceSettings(true);
            c.choices().forEach(choice -> answer(choice.correct() ? "100" : "0", choice.text(), choice.feedback()));
        } else if (q instanceof Question.MultipleChoice m) {
            choiceSettings(false);
            long right = m.choices().stream().filter(Choice::correct).count();
            long wrong = m.choices().size() - right;
            for (Choice choice : m.choices()) {
                answer(choice.correct() ? share(right, false) : wrong == 0 ? "0" : share(wrong, true), choice.text(),
                        choice.feedback());
            }
        } else if (q instanceof Question.TrueFalse t) {
            answer(t.answer() ? "100" : "0", "true", Optional.empty());
            answer(t.answer() ? "0" : "100", "false", Optional.empty());
        } else if (q instanceof Question.Numeric n) {
            out.append("    <answer fraction=\"100\"><text>").append(n.answer().toPlainString())
                    .append("</text><tolerance>").append(n.tolerance().toPlainString())
                    .append("</tolerance></answer>\n");
        } else if (q instanceof Question.DateAnswer d) {
            out.append("    <usecase>0</usecase>\n");
            answer("100", d.answer().toString(), Optional.empty());
        } else if (q instanceof Question.ShortAnswer s) {
            out.append("    <usecase>0</usecase>\n");
            s.answers().forEach(a -> answer("100", a, Optional.empty()));
        } else if (q instanceof Question.Matching m) {
            out.append("    <shuffleanswers>true</shuffleanswers>\n");
            m.pairs().forEach(this::pair);
            m.distractors().forEach(d -> pair(new MatchPair("", d)));
        } else if (q instanceof Question.Ordering o) {
            out.append("    <shuffleanswers>true</shuffleanswers>\n");
            List<String> items = o.items();
            for (int i = 0; i < items.size(); i++) {
                pair(new MatchPair(items.get(i), String.valueOf(i + 1)));
            }
        }
        if (!q.info().tags().isEmpty()) {
            out.append("    <tags>\n");
            q.info().tags().stream().sorted().forEach(t -> out.append("      <tag><text>").append(escape(t))
                    .append("</text></tag>\n"));
            out.append("    </tags>\n");
        }
        out.append("  </question>\n");
    }

    private void choiceSettings(boolean single) {
        out.append("    <single>").append(single).append("</single>\n");
        out.append("    <shuffleanswers>true</shuffleanswers>\n    <answernumbering>abc</answernumbering>\n");
    }

    private void answer(String fraction, String text, Optional<String> feedback) {
        out.append("    <answer fraction=\"").append(fraction).append("\" format=\"plain_text\">\n");
        out.append("      <text>").append(escape(text)).append("</text>\n");
        feedback.ifPresent(f -> text("      ", "feedback", f));
        out.append("    </answer>\n");
    }

    private void pair(MatchPair pair) {
        out.append("    <subquestion format=\"plain_text\">\n      <text>").append(escape(pair.left()))
                .append("</text>\n      <answer><text>").append(escape(pair.right())).append("</text></answer>\n")
                .append("    </subquestion>\n");
    }

    private void text(String indent, String element, String text) {
        out.append(indent).append('<').append(element).append(" format=\"plain_text\"><text>").append(escape(text))
                .append("</text></").append(element).append(">\n");
    }

    /** Moodle's fractions: 100 / n with at most seven decimals, as its own export writes them. */
    private static String share(long shares, boolean negative) {
        BigDecimal p = BigDecimal.valueOf(100).divide(BigDecimal.valueOf(shares), 7, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return (negative ? "-" : "") + p.toPlainString();
    }

    /** A comment that cannot end early: no "--" inside (JSON escapes a hyphen as \u002d), no trailing '-'. */
    private void comment(String text) {
        String safe = xmlChars(text).replace("--", "-\\u002d");
        while (safe.contains("--")) {
            safe = safe.replace("--", "-\\u002d");
        }
        out.append("  <!-- ").append(safe).append(" -->\n");
    }

    /** Text escaped for XML content and attributes. */
    public static String escape(String text) {
        return xmlChars(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Drops what XML 1.0 cannot hold at all: control characters other than tab and line breaks, lone surrogates. */
    private static String xmlChars(String text) {
        StringBuilder ok = new StringBuilder();
        text.codePoints().forEach(cp -> {
            boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000;
            if (allowed) {
                ok.appendCodePoint(cp);
            }
        });
        return ok.toString();
    }
}
