package org.cyberpolicy.quiz.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ChartsTest {

    @Test
    void scoresFallInBandsOfTenWithAFullScoreInTheLastBand() {
        int[] counts = Charts.bandCounts(List.of(0.0, 9.99, 10.0, 55.0, 89.5, 90.0, 100.0));

        assertArrayEquals(new int[] { 2, 1, 0, 0, 0, 1, 0, 0, 1, 2 }, counts);
    }

    @Test
    void histogramBarsAreAsTallAsTheirCountOnAScaleFromZero() {
        // Plot height is 280 - 20 - 44 = 216 px; the tallest band (2) reaches the top of a 0..2 scale.
        BarChart chart = Charts.histogram("h", List.of(5.0, 7.0, 45.0, 100.0));

        assertEquals(10, chart.bars().size());
        assertEquals("216", chart.bars().get(0).height());
        assertEquals("20", chart.bars().get(0).y());
        assertEquals("108", chart.bars().get(4).height());
        assertEquals("0", chart.bars().get(1).height());
        assertEquals("0\u201310%: 2 attempts", chart.bars().get(0).tooltip());
    }

    @Test
    void theHistogramsTableGivesTheSameNumbersAsItsBars() {
        BarChart chart = Charts.histogram("h", List.of(5.0, 7.0, 45.0, 100.0));

        assertEquals(new BarChart.Row("0\u201310%", "2"), chart.rows().get(0));
        assertEquals(new BarChart.Row("90\u2013100%", "1"), chart.rows().get(9));
        assertTrue(chart.description().contains("4 attempts"));
    }

    @Test
    void facilityBarsAreAsLongAsTheirPercentOfThePlotWidth() {
        // Plot width is 640 - 200 - 56 = 384 px.
        BarChart chart = Charts.facility("f", List.of(new Charts.Facility("q-one", 50),
                new Charts.Facility("q-two", 100), new Charts.Facility("q-three", 12.5)));

        assertEquals("192", chart.bars().get(0).width());
        assertEquals("384", chart.bars().get(1).width());
        assertEquals("48", chart.bars().get(2).width());
        assertEquals(new BarChart.Row("q-three", "12.5%"), chart.rows().get(2));
        assertEquals(12 + 3 * 24 + 40, chart.height());
    }

    @Test
    void longQuestionLabelsAreShortenedOnTheChartButNotInItsTable() {
        String id = "a-very-long-question-identifier-indeed";
        BarChart chart = Charts.facility("f", List.of(new Charts.Facility(id, 40)));

        assertTrue(chart.labels().stream().anyMatch(l -> l.text().equals("a-very-long-question-identi\u2026")));
        assertEquals(id, chart.rows().get(0).label());
    }

    @Test
    void coordinatesUseADotWhateverTheDefaultLocale() {
        java.util.Locale saved = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            BarChart chart = Charts.facility("f", List.of(new Charts.Facility("q", 33.3)));
            assertEquals("127.9", chart.bars().get(0).width());
        } finally {
            java.util.Locale.setDefault(saved);
        }
    }
}
