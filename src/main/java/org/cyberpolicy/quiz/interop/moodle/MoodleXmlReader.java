package org.cyberpolicy.quiz.interop.moodle;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

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
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.ext.DefaultHandler2;

/**
 * Reads Moodle XML ({@code <quiz><question type="…">…}) with the JDK's SAX parser, hardened against hostile files:
 * no DOCTYPE at all (so no entity of any kind, external or expanding), no external DTD or schema, secure processing,
 * and a size limit checked before parsing. Elements are kept with their line and column for the report and errors.
 */
public final class MoodleXmlReader {

    /** The largest file read, in bytes: a question bank of thousands of questions fits well within it. */
    public static final int DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

    private final String fileLabel;
    private final List<ImportError> errors = new ArrayList<>();
    private final List<ForeignQuestion> questions = new ArrayList<>();
    private final CarriedDefinitions definitions = new CarriedDefinitions();
    private List<String> category = List.of();

    private MoodleXmlReader(String fileLabel) {
        this.fileLabel = fileLabel;
    }

    public static ParsedFile read(byte[] xml, String fileLabel, int maxBytes) {
        MoodleXmlReader reader = new MoodleXmlReader(fileLabel);
        if (xml.length > maxBytes) {
            reader.errors.add(new ImportError(new TextPosition(1, 1), String.format(
                    "the file is %,d bytes; at most %,d are read", xml.length, maxBytes)));
        } else {
            reader.parse(xml);
        }
        return new ParsedFile(reader.questions, reader.definitions, reader.errors);
    }

    static SAXParser hardenedParser() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        SAXParser parser = factory.newSAXParser();
        parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return parser;
    }

    private void parse(byte[] xml) {
        TreeBuilder builder = new TreeBuilder();
        try {
            SAXParser parser = hardenedParser();
            parser.setProperty("http://xml.org/sax/properties/lexical-handler", builder);
            parser.parse(new ByteArrayInputStream(xml), builder);
        } catch (SAXParseException e) {
            String message = e.getMessage();
            if (message != null && message.contains("DOCTYPE")) {
                message = "a DOCTYPE is not accepted (Moodle writes none); remove it";
            }
            errors.add(new ImportError(new TextPosition(Math.max(1, e.getLineNumber()),
                    Math.max(1, e.getColumnNumber())), "not well-formed XML: " + message));
            return;
        } catch (SAXException | ParserConfigurationException | IOException e) {
            errors.add(new ImportError(new TextPosition(1, 1), "the XML cannot be read: " + e.getMessage()));
            return;
        }
        XmlElement root = builder.root;
        if (root == null || !root.name().equals("quiz")) {
            errors.add(new ImportError(root == null ? new TextPosition(1, 1) : root.position(),
                    "a Moodle XML file has <quiz> as its root element"
                            + (root == null ? "" : ", not <" + root.name() + ">")));
            return;
        }
        builder.trailingComments.forEach(this::comment);
        for (XmlElement element : root.children()) {
            element.commentsBefore().forEach(this::comment);
            if (element.name().equals("question")) {
                question(element);
            }
        }
    }

    private void comment(String text) {
        if (CarriedDefinitions.isDefinition(text)) {
            definitions.read(text, Location.startOf(fileLabel))
                    .ifPresent(problem -> errors.add(new ImportError(new TextPosition(1, 1), problem)));
        }
    }

    private void question(XmlElement q) {
        String type = q.attribute("type").orElse("").strip().toLowerCase(Locale.ROOT);
        if (type.equals("category")) {
            category = Categories.levels(q.child("category").flatMap(c -> c.child("text")).map(XmlElement::content)
                    .orElse(""));
            return;
        }
        Annotations.Builder notes = new Annotations.Builder();
        q.commentsBefore().stream().filter(c -> !CarriedDefinitions.isDefinition(c)).forEach(notes::read);
        Annotations annotations = notes.build();
        if (annotations.tags().isEmpty()) {
            List<String> tags = q.child("tags").map(t -> t.all("tag")).orElse(List.of()).stream()
                    .map(tag -> tag.child("text").map(XmlElement::content).orElse("").strip())
                    .filter(t -> !t.isEmpty()).toList();
            annotations = withTags(annotations, tags);
        }
        if (annotations.points().isEmpty()) {
            Optional<BigDecimal> grade = q.child("defaultgrade").flatMap(g -> number(g, "defaultgrade"));
            annotations = new Annotations(annotations.factIds(), annotations.sourceIds(), annotations.type(),
                    annotations.scoring(), grade, annotations.difficulty(), annotations.tags());
        }
        if (type.equals("multichoice") && q.child("single").map(XmlElement::content).map(String::strip)
                .filter(s -> s.equals("false") || s.equals("0")).isPresent() && annotations.type().isEmpty()) {
            annotations = new Annotations(annotations.factIds(), annotations.sourceIds(), Optional.of("multiple"),
                    annotations.scoring(), annotations.points(), annotations.difficulty(), annotations.tags());
        }
        int errorsBefore = errors.size();
        Body body = body(q, type);
        if (errors.size() > errorsBefore) {
            return;
        }
        Optional<String> title = q.child("name").flatMap(n -> n.child("text")).map(XmlElement::content)
                .map(String::strip).filter(t -> !t.isEmpty());
        questions.add(new ForeignQuestion(q.position(), title, text(q.child("questiontext")).orElse(""), body,
                text(q.child("generalfeedback")), category, annotations));
    }

    private static Annotations withTags(Annotations a, List<String> tags) {
        return new Annotations(a.factIds(), a.sourceIds(), a.type(), a.scoring(), a.points(), a.difficulty(), tags);
    }

    private Body body(XmlElement q, String type) {
        return switch (type) {
            case "multichoice" -> new ForeignQuestion.Choices(weighted(q));
            case "shortanswer" -> new ForeignQuestion.ShortAnswers(weighted(q));
            case "truefalse" -> trueFalse(q);
            case "numerical" -> numbers(q);
            case "matching" -> pairs(q);
            case "essay" -> new ForeignQuestion.Essay();
            case "description" -> new ForeignQuestion.Description();
            default -> new ForeignQuestion.Unsupported(type.isEmpty() ? "(no type)" : type);
        };
    }

    private List<WeightedText> weighted(XmlElement q) {
        List<WeightedText> answers = new ArrayList<>();
        for (XmlElement answer : q.all("answer")) {
            BigDecimal fraction = fraction(answer);
            String text = text(Optional.of(answer)).orElse("");
            if (!text.isEmpty()) {
                answers.add(new WeightedText(text, fraction, text(answer.child("feedback"))));
            }
        }
        return answers;
    }

    private Body trueFalse(XmlElement q) {
        Optional<XmlElement> right = q.all("answer").stream().filter(a -> fraction(a).signum() > 0).findFirst();
        Optional<XmlElement> wrong = q.all("answer").stream().filter(a -> fraction(a).signum() <= 0).findFirst();
        if (right.isEmpty()) {
            errors.add(new ImportError(q.position(), "a true/false question without a right answer"));
            return new ForeignQuestion.Description();
        }
        boolean answer = text(right).orElse("").strip().equalsIgnoreCase("true");
        return new ForeignQuestion.TrueFalse(answer, wrong.flatMap(w -> text(w.child("feedback"))),
                text(right.get().child("feedback")));
    }

    private Body numbers(XmlElement q) {
        List<NumericAnswer> answers = new ArrayList<>();
        for (XmlElement answer : q.all("answer")) {
            String text = text(Optional.of(answer)).orElse("").strip();
            if (text.equals("*")) {
                continue; // Moodle's "any other answer", for its feedback only
            }
            Optional<BigDecimal> value = number(answer.child("text").orElse(answer), "answer");
            BigDecimal tolerance = answer.child("tolerance").flatMap(t -> number(t, "tolerance"))
                    .orElse(BigDecimal.ZERO).abs();
            value.ifPresent(v -> answers.add(new NumericAnswer(v, tolerance, fraction(answer),
                    text(answer.child("feedback")))));
        }
        return new ForeignQuestion.Numbers(answers);
    }

    private Body pairs(XmlElement q) {
        List<ForeignQuestion.Pair> pairs = new ArrayList<>();
        for (XmlElement sub : q.all("subquestion")) {
            String left = text(Optional.of(sub)).orElse("");
            String right = sub.child("answer").flatMap(a -> text(Optional.of(a))).orElse("");
            if (!right.isEmpty()) {
                pairs.add(new ForeignQuestion.Pair(left, right));
            }
        }
        return new ForeignQuestion.Pairs(pairs);
    }

    private BigDecimal fraction(XmlElement answer) {
        String raw = answer.attribute("fraction").orElse("0").strip();
        try {
            return new BigDecimal(raw);
        } catch (NumberFormatException e) {
            errors.add(new ImportError(answer.position(), "the fraction '" + raw + "' is not a number"));
            return BigDecimal.ZERO;
        }
    }

    private Optional<BigDecimal> number(XmlElement element, String what) {
        String raw = element.content().strip();
        try {
            return Optional.of(new BigDecimal(raw));
        } catch (NumberFormatException e) {
            errors.add(new ImportError(element.position(), "<" + what + "> '" + raw + "' is not a number"));
            return Optional.empty();
        }
    }

    /**
     * The {@code <text>} of an element, made plain by its {@code format}: HTML loses its markup, the other formats
     * are text already. Without a format, question text and feedback are HTML (Moodle's default), answers text.
     */
    private static Optional<String> text(Optional<XmlElement> holder) {
        if (holder.isEmpty()) {
            return Optional.empty();
        }
        String raw = holder.get().child("text").map(XmlElement::content).orElse("");
        boolean answer = holder.get().name().equals("answer");
        String format = holder.get().attribute("format").orElse(answer ? "plain_text" : "html");
        String plain = format.equals("html") ? HtmlText.toPlain(raw) : raw.strip();
        return plain.isBlank() ? Optional.empty() : Optional.of(plain);
    }

    /** Builds the element tree, with each element's position and the comments just before it. */
    private static final class TreeBuilder extends DefaultHandler2 {
        private final Deque<XmlElement> open = new ArrayDeque<>();
        private final List<String> comments = new ArrayList<>();
        private final List<String> trailingComments = new ArrayList<>();
        private Locator locator;
        private XmlElement root;

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            Map<String, String> attrs = new LinkedHashMap<>();
            for (int i = 0; i < attributes.getLength(); i++) {
                attrs.put(attributes.getQName(i), attributes.getValue(i));
            }
            XmlElement element = new XmlElement(qName, attrs, position(), List.copyOf(comments));
            comments.clear();
            if (open.isEmpty()) {
                root = element;
            } else {
                open.peek().children().add(element);
            }
            open.push(element);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            open.pop();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (!open.isEmpty()) {
                open.peek().text().append(ch, start, length);
            }
        }

        @Override
        public void comment(char[] ch, int start, int length) {
            String text = new String(ch, start, length);
            (open.isEmpty() ? trailingComments : comments).add(text);
        }

        private TextPosition position() {
            return locator == null ? new TextPosition(1, 1)
                    : new TextPosition(locator.getLineNumber(), locator.getColumnNumber());
        }
    }
}
