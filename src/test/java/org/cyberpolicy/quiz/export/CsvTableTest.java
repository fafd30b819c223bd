package org.cyberpolicy.quiz.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** How each kind of cell is written to CSV. */
class CsvTableTest {

    private static String csv(boolean bom, List<String> columns, List<Cell> cells) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvTable table = new CsvTable(out, bom);
        table.columns(columns);
        table.row(cells);
        table.finish();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesEveryKindOfCell() throws IOException {
        String written = csv(false, List.of("a", "b", "c", "d", "e", "f", "g", "h"),
                List.of(new Cell.Text("Zoë"), new Cell.Decimal(new BigDecimal("12.5000")), new Cell.Whole(7),
                        new Cell.Time(Instant.parse("2026-11-23T09:15:30.123456Z")), new Cell.Flag(true),
                        new Cell.Ids(List.of("four-charged", "announced")), new Cell.Json("[\"c1\",\"c3\"]"),
                        Cell.EMPTY));
        assertEquals("a,b,c,d,e,f,g,h\r\nZoë,12.5,7,2026-11-23T09:15:30Z,true,four-charged announced,"
                + "\"[\"\"c1\"\",\"\"c3\"\"]\",\r\n", written);
    }

    @Test
    void aZeroScoreIsWrittenAsZero() throws IOException {
        assertEquals("s\r\n0\r\n", csv(false, List.of("s"), List.of(new Cell.Decimal(new BigDecimal("0.0000")))));
    }

    @Test
    void aStoredNumberStaysANumberButStoredTextIsNeutralised() throws IOException {
        assertEquals("r,s\r\n-5,'-5\r\n", csv(false, List.of("r", "s"),
                List.of(new Cell.Json("-5"), new Cell.Text("-5"))));
        assertEquals("r\r\n\"\"\"=1+1\"\"\"\r\n", csv(false, List.of("r"), List.of(new Cell.Json("\"=1+1\""))));
    }

    @Test
    void aHeaderIsNeutralisedLikeAnyText() throws IOException {
        assertEquals("'=quiz (score)\r\n1\r\n", csv(false, List.of("=quiz (score)"), List.of(new Cell.Whole(1))));
    }

    @Test
    void theByteOrderMarkComesFirstWhenAskedFor() throws IOException {
        assertEquals("\uFEFFa\r\n1\r\n", csv(true, List.of("a"), List.of(new Cell.Whole(1))));
    }
}
