package org.cyberpolicy.quiz.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** CSV as RFC 4180 writes it, with text cells neutralised against formula injection as OWASP describes. */
class CsvWriterTest {

    private static String text(String value) throws IOException {
        StringWriter out = new StringWriter();
        new CsvWriter(out).text(value).endRecord();
        return out.toString();
    }

    private static String plain(String value) throws IOException {
        StringWriter out = new StringWriter();
        new CsvWriter(out).plain(value).endRecord();
        return out.toString();
    }

    @Nested
    class Quoting {

        @Test
        void aPlainFieldIsWrittenAsItIs() throws IOException {
            assertEquals("Alice Martin\r\n", text("Alice Martin"));
        }

        @Test
        void aFieldWithACommaIsQuoted() throws IOException {
            assertEquals("\"Martin, Alice\"\r\n", text("Martin, Alice"));
        }

        @Test
        void quotesInsideAFieldAreDoubledAndTheFieldQuoted() throws IOException {
            assertEquals("\"The \"\"MSS\"\" case\"\r\n", text("The \"MSS\" case"));
        }

        @Test
        void aFieldWithALineFeedIsQuotedAndKeepsIt() throws IOException {
            assertEquals("\"two\nlines\"\r\n", text("two\nlines"));
        }

        @Test
        void aFieldWithACarriageReturnInsideIsQuoted() throws IOException {
            assertEquals("\"a\rb\"\r\n", text("a\rb"));
        }

        @Test
        void recordsEndWithCrLfAndFieldsAreSeparatedByCommas() throws IOException {
            StringWriter out = new StringWriter();
            new CsvWriter(out).record(List.of("a", "b", "")).text("c").plain("1").endRecord();
            assertEquals("a,b,\r\nc,1\r\n", out.toString());
        }

        @Test
        void nullIsAnEmptyField() throws IOException {
            StringWriter out = new StringWriter();
            new CsvWriter(out).text(null).plain(null).text("x").endRecord();
            assertEquals(",,x\r\n", out.toString());
        }

        @Test
        void nonAsciiTextIsKeptAsItIs() throws IOException {
            assertEquals("Zoë 王\r\n", text("Zoë 王"));
        }
    }

    @Nested
    class FormulaInjection {

        @ParameterizedTest
        @ValueSource(strings = { "=1+1", "+1", "-1", "@SUM(A1)", "=HYPERLINK(\"http://x\")" })
        void textStartingWithAFormulaCharacterGetsAQuoteInFront(String value) throws IOException {
            String expected = CsvWriter.quoted("'" + value) + "\r\n";
            assertEquals(expected, text(value));
        }

        @Test
        void aLeadingTabIsNeutralised() throws IOException {
            assertEquals("'\tcmd\r\n", text("\tcmd"));
        }

        @Test
        void aLeadingCarriageReturnIsNeutralisedAndQuoted() throws IOException {
            assertEquals("\"'\rcmd\"\r\n", text("\rcmd"));
        }

        @Test
        void aFormulaThatAlsoNeedsQuotesIsNeutralisedInsideTheQuotes() throws IOException {
            assertEquals("\"'=IMPORTXML(\"\"http://x\"\",\"\"//a\"\")\"\r\n", text("=IMPORTXML(\"http://x\",\"//a\")"));
        }

        @ParameterizedTest
        @CsvSource(value = { "a=1, a=1", "x-1, x-1", "'=1, '=1" }, quoteCharacter = '"')
        void formulaCharactersAfterTheFirstAreLeftAlone(String value, String expected) throws IOException {
            assertEquals(expected + "\r\n", text(value));
        }

        @Test
        void numbersTheExportWritesItselfAreNotAltered() throws IOException {
            assertEquals("-1.5\r\n", plain("-1.5"));
        }

        @Test
        void anEmptyTextStaysEmpty() throws IOException {
            assertEquals("\r\n", text(""));
        }
    }
}
