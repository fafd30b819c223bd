package org.cyberpolicy.quiz.testing.browser;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import nu.validator.validation.SimpleDocumentValidator;

/**
 * The Nu HTML Checker (the engine behind validator.w3.org/nu), in process, with the schemas bundled in its jar, so
 * nothing is fetched. One instance keeps its schema, loaded once; each check takes a few milliseconds.
 */
public final class HtmlChecker {

    private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

    /** What the checker said about one document: errors fail, warnings are only printed. */
    public record Verdict(List<String> errors, List<String> warnings) {
    }

    private final SimpleDocumentValidator validator;
    private final Collector collector = new Collector();

    public HtmlChecker() {
        try {
            validator = new SimpleDocumentValidator(true, false, false);
            validator.setUpMainSchema(SCHEMA, collector);
            validator.setUpValidatorAndParsers(collector, true, false);
        } catch (Exception e) {
            throw new IllegalStateException("the Nu HTML Checker could not start: " + e, e);
        }
    }

    public synchronized Verdict check(String html) {
        collector.clear();
        InputSource source = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        source.setEncoding("UTF-8");
        try {
            validator.checkHtmlInputSource(source);
        } catch (Exception e) {
            collector.errors.add("the checker stopped: " + e);
        }
        return new Verdict(List.copyOf(collector.errors), List.copyOf(collector.warnings));
    }

    private static final class Collector implements ErrorHandler {
        private final List<String> errors = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();

        void clear() {
            errors.clear();
            warnings.clear();
        }

        @Override
        public void warning(SAXParseException e) {
            warnings.add(describe(e));
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(describe(e));
        }

        @Override
        public void fatalError(SAXParseException e) {
            errors.add(describe(e));
        }

        private static String describe(SAXParseException e) {
            return "line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + e.getMessage();
        }
    }
}
