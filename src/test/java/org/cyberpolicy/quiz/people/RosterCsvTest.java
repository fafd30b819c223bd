package org.cyberpolicy.quiz.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.cyberpolicy.quiz.Refusal;
import org.cyberpolicy.quiz.people.RosterCsv.Column;
import org.cyberpolicy.quiz.people.RosterCsv.Line;
import org.junit.jupiter.api.Test;

/** How a roster file is read: separators, quotes, a byte order mark, line numbers, and what refuses the whole file. */
class RosterCsvTest {

    private static List<Line> parse(String text) {
        return RosterCsv.parse(text.getBytes(StandardCharsets.UTF_8), 100);
    }

    @Test
    void commasAndQuotedFieldsWithSeparatorsQuotesAndLineBreaks() {
        List<Line> lines = parse("Username,Display Name,section\r\nana,\"Ana, \"\"the\"\" first\",A\r\n"
                + "bo,\"Bo\nBrown\",B\r\ncy,Cy,C");
        assertEquals(3, lines.size());
        assertEquals("Ana, \"the\" first", lines.get(0).get(Column.DISPLAY_NAME));
        assertEquals(2, lines.get(0).line());
        assertEquals("Bo\nBrown", lines.get(1).get(Column.DISPLAY_NAME));
        // The quoted line break counts: cy is on line 5 of the file.
        assertEquals(5, lines.get(2).line());
        assertEquals("", lines.get(2).get(Column.EMAIL));
    }

    @Test
    void semicolonsAndAByteOrderMarkAsExcelSavesThem() {
        List<Line> lines = parse("\uFEFFusername;display name;student number\nana;Ana, Smith;S-1\n\n");
        assertEquals(1, lines.size());
        assertEquals("ana", lines.get(0).get(Column.USERNAME));
        assertEquals("Ana, Smith", lines.get(0).get(Column.DISPLAY_NAME));
        assertEquals("S-1", lines.get(0).get(Column.STUDENT_NUMBER));
    }

    @Test
    void aRowWithMoreFieldsThanTheHeaderIsMarkedNotDropped() {
        Line line = parse("username,display name\nana,Ana,extra\n").get(0);
        assertTrue(line.problem().orElseThrow().contains("3 fields"), line.toString());
    }

    @Test
    void anUnknownColumnAMissingOneAnOpenQuoteOrBytesThatAreNotUtf8RefuseTheFile() {
        assertTrue(assertThrows(Refusal.class, () -> parse("username,display name,age\n")).problems().get(0)
                .contains("unknown column 'age'"));
        assertTrue(assertThrows(Refusal.class, () -> parse("username,email\n")).problems().get(0)
                .contains("'display name' is missing"));
        assertTrue(assertThrows(Refusal.class, () -> parse("username,display name\nana,\"Ana\n")).problems().get(0)
                .contains("never closed"));
        assertTrue(assertThrows(Refusal.class, () -> RosterCsv.parse(new byte[] { 'u', (byte) 0xE9, '\n' }, 10))
                .problems().get(0).contains("UTF-8"));
        assertTrue(assertThrows(Refusal.class, () -> RosterCsv.parse(
                "username,display name\na,A\nb,B\nc,C\n".getBytes(StandardCharsets.UTF_8), 2)).problems().get(0)
                .contains("at most 2"));
    }
}
