package org.cyberpolicy.quiz.interop.gift;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.cyberpolicy.quiz.bank.Location;
import org.cyberpolicy.quiz.interop.Categories;
import org.cyberpolicy.quiz.interop.Annotations;
import org.cyberpolicy.quiz.interop.CarriedDefinitions;
import org.cyberpolicy.quiz.interop.ForeignQuestion;
import org.cyberpolicy.quiz.interop.ForeignQuestion.Body;
import org.cyberpolicy.quiz.interop.ForeignQuestion.NumericAnswer;
import org.cyberpolicy.quiz.interop.ForeignQuestion.WeightedText;
import org.cyberpolicy.quiz.interop.HtmlText;
import org.cyberpolicy.quiz.interop.ImportError;
import org.cyberpolicy.quiz.interop.ParsedFile;
import org.cyberpolicy.quiz.interop.TextPosition;

/**
 * Reads Moodle's GIFT format. A line lexer first, as Moodle reads it: lines starting with {@code //} are comments
 * (kept for their {@code [fact:…]} annotations), blank lines end a question. Each question is then parsed by
 * recursive descent over its characters, every one of which knows its line and column, so that each error names
 * the place it was found.
 *
 * <pre>
 * question  := category | [ "::" title "::" ] [ format ] text [ "{" answers "}" [ text ] ]
 * category  := "$CATEGORY:" path
 * answers   := "" | generalFeedback | trueFalse | "#" numbers | answer+ [ generalFeedback ]
 * answer    := ( "=" | "~" ) [ "%" weight "%" ] text [ "-&gt;" text ] [ "#" feedback ]
 * numbers   := range [ "#" feedback ] | ( ( "=" | "~" ) [ "%" weight "%" ] range [ "#" feedback ] )+
 * range     := number [ ":" tolerance ] | number ".." number
 * </pre>
 *
 * Escapes {@code \~ \= \# \{ \} \: \\} stand for the character itself, {@code \n} for a line break.
 */
public final class GiftParser {

    private final String fileLabel;
    private final List<ImportError> errors = new ArrayList<>();
    private final List<ForeignQuestion> questions = new ArrayList<>();
    private final CarriedDefinitions definitions = new CarriedDefinitions();
    private List<String> category = List.of();
    private Annotations.Builder pending = new Annotations.Builder();

    private GiftParser(String fileLabel) {
        this.fileLabel = fileLabel;
    }

    public static ParsedFile parse(String text, String fileLabel) {
        GiftParser parser = new GiftParser(fileLabel);
        parser.readLines(text.startsWith("\uFEFF") ? text.substring(1) : text);
        return new ParsedFile(parser.questions, parser.definitions, parser.errors);
    }

    // ---- the line lexer ----

    private void readLines(String text) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        Block block = new Block();
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            String trimmed = line.strip();
            if (trimmed.startsWith("//")) {
                comment(trimmed.substring(2), new TextPosition(n + 1, line.indexOf('/') + 1));
            } else if (trimmed.isEmpty()) {
                block = finish(block);
            } else {
                block.add(line, n + 1);
            }
        }
        finish(block);
    }

    private void comment(String text, TextPosition at) {
        if (CarriedDefinitions.isDefinition(text)) {
            definitions.read(text, new Location(fileLabel, at.line(), at.column()))
                    .ifPresent(problem -> errors.add(new ImportError(at, problem)));
        } else {
            pending.read(text);
        }
    }

    private Block finish(Block block) {
        if (!block.isEmpty()) {
            new QuestionParser(block).parse();
        }
        return new Block();
    }

    /** The characters of one question, each with its place in the file; lines joined by '\n'. */
    private static final class Block {
        private final StringBuilder chars = new StringBuilder();
        private final List<TextPosition> positions = new ArrayList<>();

        void add(String line, int lineNumber) {
            if (!chars.isEmpty()) {
                // The line break belongs to the end of the previous line of the question (a comment may lie between).
                TextPosition last = positions.get(positions.size() - 1);
                chars.append('\n');
                positions.add(new TextPosition(last.line(), last.column() + 1));
            }
            for (int i = 0; i < line.length(); i++) {
                chars.append(line.charAt(i));
                positions.add(new TextPosition(lineNumber, i + 1));
            }
        }

        boolean isEmpty() {
            return chars.isEmpty();
        }
    }

    // ---- the recursive-descent parser of one question ----

    /** Thrown to abandon a question at its first error; the next question is parsed as usual. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    private enum Format {
        MOODLE, HTML, PLAIN, MARKDOWN
    }

    private final class QuestionParser {
        private final String s;
        private final List<TextPosition> at;
        private int i;
        private Format format = Format.MOODLE;

        QuestionParser(Block block) {
            this.s = block.chars.toString();
            this.at = block.positions;
        }

        void parse() {
            try {
                question();
            } catch (Stop stop) {
                pending = new Annotations.Builder();
            }
        }

        private void question() {
            skipSpace();
            TextPosition start = here();
            if (s.startsWith("$CATEGORY:", i)) {
                i += "$CATEGORY:".length();
                int end = s.indexOf('\n', i);
                category = Categories.levels(s.substring(i, end < 0 ? s.length() : end).strip());
                if (end < 0 || s.substring(end).isBlank()) {
                    return;
                }
                // A question right under its category, without the blank line Moodle's own files have.
                i = end;
                skipSpace();
                start = here();
            }
            Optional<String> title = Optional.empty();
            if (s.startsWith("::", i)) {
                TextPosition opened = here();
                i += 2;
                StringBuilder name = new StringBuilder();
                while (!s.startsWith("::", i)) {
                    if (i >= s.length()) {
                        throw error(opened, "the title opened here is not closed with '::'");
                    }
                    name.append(unescapedChar());
                }
                i += 2;
                title = Optional.of(name.toString().replaceAll("\\s+", " ").strip());
                skipSpace();
            }
            format = format();
            String before = text("{");
            if (i >= s.length()) {
                add(start, title, before, new ForeignQuestion.Description(), Optional.empty());
                return;
            }
            TextPosition opened = here();
            i++;
            Answers answers = answers(opened);
            String after = text("");
            // Moodle's "missing word": the answers stand for a blank in the sentence.
            String prompt = after.isEmpty() ? before
                    : (before + " _____" + (Character.isLetterOrDigit(after.charAt(0)) ? " " : "") + after).strip();
            add(start, title, prompt, answers.body, answers.generalFeedback);
        }

        private void add(TextPosition start, Optional<String> title, String text, Body body,
                Optional<String> generalFeedback) {
            questions.add(new ForeignQuestion(start, title, text, body, generalFeedback, category, pending.build()));
            pending = new Annotations.Builder();
        }

        private Format format() {
            for (Format f : Format.values()) {
                String mark = "[" + f.name().toLowerCase(Locale.ROOT) + "]";
                if (s.regionMatches(true, i, mark, 0, mark.length())) {
                    i += mark.length();
                    return f;
                }
            }
            return format;
        }

        /** The answer part, after its '{' up to and including its '}'. */
        private Answers answers(TextPosition opened) {
            skipSpace();
            Answers answers;
            if (s.startsWith("####", i) || peek() == '}') {
                answers = new Answers(new ForeignQuestion.Essay(), generalFeedback());
            } else if (peek() == '#') {
                i++;
                answers = numbers();
            } else if (trueFalseWord().isPresent()) {
                answers = trueFalse();
            } else {
                answers = choices();
            }
            skipSpace();
            if (i >= s.length()) {
                throw error(opened, "the answers opened here are not closed with '}'");
            }
            if (peek() != '}') {
                throw error(here(), "expected '}' to close the answers opened at " + opened + ", found '" + peek()
                        + "'");
            }
            i++;
            return answers;
        }

        private Optional<String> generalFeedback() {
            skipSpace();
            if (!s.startsWith("####", i)) {
                return Optional.empty();
            }
            i += 4;
            return nonEmpty(text("}"));
        }

        private Optional<Boolean> trueFalseWord() {
            for (String word : List.of("TRUE", "FALSE", "T", "F")) {
                int end = i + word.length();
                if (s.regionMatches(true, i, word, 0, word.length())
                        && (end >= s.length() || Character.isWhitespace(s.charAt(end)) || s.charAt(end) == '#'
                                || s.charAt(end) == '}')) {
                    return Optional.of(word.startsWith("T"));
                }
            }
            return Optional.empty();
        }

        private Answers trueFalse() {
            boolean answer = trueFalseWord().orElseThrow();
            while (i < s.length() && Character.isLetter(s.charAt(i))) {
                i++;
            }
            Optional<String> ifWrong = Optional.empty();
            Optional<String> ifRight = Optional.empty();
            skipSpace();
            if (peek() == '#' && !s.startsWith("####", i)) {
                i++;
                ifWrong = nonEmpty(text("#}"));
                if (peek() == '#' && !s.startsWith("####", i)) {
                    i++;
                    ifRight = nonEmpty(text("#}"));
                }
            }
            return new Answers(new ForeignQuestion.TrueFalse(answer, ifWrong, ifRight), generalFeedback());
        }

        private Answers choices() {
            List<WeightedText> weighted = new ArrayList<>();
            List<ForeignQuestion.Pair> pairs = new ArrayList<>();
            TextPosition firstWithoutArrow = null;
            boolean anyWrong = false;
            Optional<String> general = Optional.empty();
            while (true) {
                skipSpace();
                if (i >= s.length() || peek() == '}') {
                    break;
                }
                if (s.startsWith("####", i)) {
                    general = generalFeedback();
                    continue;
                }
                TextPosition answerAt = here();
                char mark = peek();
                if (mark != '=' && mark != '~') {
                    throw error(answerAt, "expected an answer starting with '=' or '~', found '" + mark + "'");
                }
                i++;
                anyWrong |= mark == '~';
                Optional<BigDecimal> weight = weight();
                int arrow = -1;
                StringBuilder raw = new StringBuilder();
                while (i < s.length() && "=~#}".indexOf(peek()) < 0) {
                    if (arrow < 0 && s.startsWith("->", i)) {
                        arrow = raw.length();
                        i += 2;
                        continue;
                    }
                    raw.append(textChar());
                }
                Optional<String> feedback = Optional.empty();
                if (peek() == '#' && !s.startsWith("####", i)) {
                    i++;
                    feedback = nonEmpty(text("=~#}"));
                }
                if (arrow >= 0) {
                    if (mark != '=' || weight.isPresent()) {
                        throw error(answerAt, "a matching pair starts with '=' and has no weight");
                    }
                    pairs.add(new ForeignQuestion.Pair(plain(raw.substring(0, arrow)), plain(raw.substring(arrow))));
                } else {
                    String text = plain(raw.toString());
                    firstWithoutArrow = firstWithoutArrow == null ? answerAt : firstWithoutArrow;
                    if (text.isEmpty()) {
                        throw error(answerAt, "an answer has no text");
                    }
                    BigDecimal percent = weight.orElse(mark == '=' ? BigDecimal.valueOf(100) : BigDecimal.ZERO);
                    weighted.add(new WeightedText(text, percent, feedback));
                }
            }
            if (!pairs.isEmpty() && !weighted.isEmpty()) {
                throw error(firstWithoutArrow, "a matching question needs '->' in every answer, and this one has"
                        + " none");
            }
            if (!pairs.isEmpty()) {
                return new Answers(new ForeignQuestion.Pairs(pairs), general);
            }
            if (weighted.isEmpty()) {
                return new Answers(new ForeignQuestion.Essay(), general);
            }
            return new Answers(anyWrong ? new ForeignQuestion.Choices(weighted)
                    : new ForeignQuestion.ShortAnswers(weighted), general);
        }

        private Answers numbers() {
            List<NumericAnswer> answers = new ArrayList<>();
            skipSpace();
            if (peek() != '=' && peek() != '~') {
                answers.add(numericAnswer(BigDecimal.valueOf(100)));
            } else {
                while (peek() == '=' || peek() == '~') {
                    boolean right = peek() == '=';
                    i++;
                    BigDecimal weight = weight().orElse(right ? BigDecimal.valueOf(100) : BigDecimal.ZERO);
                    answers.add(numericAnswer(weight));
                    skipSpace();
                }
            }
            return new Answers(new ForeignQuestion.Numbers(answers), generalFeedback());
        }

        private NumericAnswer numericAnswer(BigDecimal weight) {
            skipSpace();
            TextPosition numberAt = here();
            String spec = text("#=~}").strip();
            BigDecimal value;
            BigDecimal tolerance;
            int range = spec.indexOf("..");
            int colon = spec.indexOf(':');
            if (range >= 0) {
                BigDecimal low = number(spec.substring(0, range), numberAt);
                BigDecimal high = number(spec.substring(range + 2), numberAt);
                if (high.compareTo(low) < 0) {
                    throw error(numberAt, "the range " + spec + " ends below its start");
                }
                value = low.add(high).divide(BigDecimal.valueOf(2));
                tolerance = high.subtract(low).divide(BigDecimal.valueOf(2));
            } else if (colon >= 0) {
                value = number(spec.substring(0, colon), numberAt);
                tolerance = number(spec.substring(colon + 1), numberAt).abs();
            } else {
                value = number(spec, numberAt);
                tolerance = BigDecimal.ZERO;
            }
            Optional<String> feedback = Optional.empty();
            if (peek() == '#' && !s.startsWith("####", i)) {
                i++;
                feedback = nonEmpty(text("=~#}"));
            }
            return new NumericAnswer(value, tolerance, weight, feedback);
        }

        private BigDecimal number(String text, TextPosition where) {
            try {
                return new BigDecimal(text.strip());
            } catch (NumberFormatException e) {
                throw error(where, "'" + text.strip() + "' is not a number (write 3, 3:0.5 or 1..5)");
            }
        }

        private Optional<BigDecimal> weight() {
            if (peek() != '%') {
                return Optional.empty();
            }
            TextPosition weightAt = here();
            int close = s.indexOf('%', i + 1);
            if (close < 0) {
                throw error(weightAt, "the weight opened here is not closed with '%'");
            }
            String text = s.substring(i + 1, close).strip();
            BigDecimal percent;
            try {
                percent = new BigDecimal(text);
            } catch (NumberFormatException e) {
                throw error(weightAt, "the weight '" + text + "' is not a percentage");
            }
            if (percent.abs().compareTo(BigDecimal.valueOf(100)) > 0) {
                throw error(weightAt, "the weight " + text + "% lies outside -100% to 100%");
            }
            i = close + 1;
            return Optional.of(percent);
        }

        /**
         * Text up to (not including) an unescaped character of {@code stops}, escapes decoded; a line break of the
         * file is a space, {@code \n} a line break. An unescaped '}' where none is expected is an error.
         */
        private String text(String stops) {
            StringBuilder out = new StringBuilder();
            while (i < s.length() && stops.indexOf(peek()) < 0) {
                if (peek() == '{') {
                    throw error(here(), "a second '{': a question has one answer part in braces; write \\{ for a"
                            + " brace in the text");
                }
                if (peek() == '}') {
                    throw error(here(), "'}' closes no answer part: write \\} for a brace in the text");
                }
                out.append(textChar());
            }
            return plain(out.toString());
        }

        /** One character of text, an escape decoded; raw text keeps a marker for the file's own line breaks. */
        private String textChar() {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char next = s.charAt(i + 1);
                i += 2;
                return switch (next) {
                    case 'n' -> "\u0000";
                    case '~', '=', '#', '{', '}', ':', '\\', '%', '[', ']', '-', '>' -> String.valueOf(next);
                    default -> "\\" + next;
                };
            }
            i++;
            return c == '\n' ? " " : String.valueOf(c);
        }

        private char unescapedChar() {
            String one = textChar();
            return one.equals("\u0000") ? '\n' : one.charAt(0);
        }

        /** Raw text made what the bank holds: spacing tidied, escaped line breaks restored, HTML made plain. */
        private String plain(String raw) {
            String text = raw.replaceAll("[ \\t]*\n[ \\t]*", " ").strip();
            text = text.replace('\u0000', '\n');
            text = text.lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElse("");
            return format == Format.HTML ? HtmlText.toPlain(text) : text;
        }

        private Optional<String> nonEmpty(String text) {
            return text.isBlank() ? Optional.empty() : Optional.of(text);
        }

        private char peek() {
            return i < s.length() ? s.charAt(i) : '\0';
        }

        private void skipSpace() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private TextPosition here() {
            if (at.isEmpty()) {
                return new TextPosition(1, 1);
            }
            if (i < at.size()) {
                return at.get(i);
            }
            TextPosition last = at.get(at.size() - 1);
            return new TextPosition(last.line(), last.column() + 1);
        }

        private Stop error(TextPosition where, String message) {
            errors.add(new ImportError(where, message));
            return new Stop();
        }
    }

    private record Answers(Body body, Optional<String> generalFeedback) {
    }
}
