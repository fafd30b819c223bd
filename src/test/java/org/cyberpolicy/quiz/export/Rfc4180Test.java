package org.cyberpolicy.quiz.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The tests' CSV reader reads back what CsvWriter writes, and refuses what RFC 4180 does not allow. */
class Rfc4180Test {

    @Test
    void readsBackEveryAwkwardField() throws IOException {
        List<String> fields = List.of("plain", "a,b", "say \"hi\"", "two\r\nlines", "", "Zoë");
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);
        for (String field : fields) {
            csv.plain(field);
        }
        csv.endRecord().plain("x").endRecord();
        assertEquals(List.of(fields, List.of("x")), Rfc4180.parse(out.toString()));
    }

    @Test
    void refusesABareLineFeed() {
        assertThrows(IllegalArgumentException.class, () -> Rfc4180.parse("a,b\nc\r\n"));
    }

    @Test
    void refusesAQuoteInAnUnquotedField() {
        assertThrows(IllegalArgumentException.class, () -> Rfc4180.parse("a\"b\r\n"));
    }
}
