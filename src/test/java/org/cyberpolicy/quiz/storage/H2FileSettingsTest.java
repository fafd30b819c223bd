package org.cyberpolicy.quiz.storage;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/**
 * The H2 file URL the app ships with keeps the two settings docs/durability.md measured: commits written before the
 * answer (a SIGKILL loses nothing acknowledged), and the file rewritten to its live data at every normal stop (without
 * H2's background compaction, which storage/FileCompaction stands in for while the app runs, it grows with every
 * commit). The measurements themselves are too slow and too machine-dependent for a test; this keeps either setting
 * from being dropped without a reason.
 */
class H2FileSettingsTest {

    private static List<String> settings() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = H2FileSettingsTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        String url = properties.getProperty("quarkus.datasource.jdbc.url");
        return List.of(url.substring(url.indexOf(';') + 1).split(";"));
    }

    @Test
    void commitsAreWrittenBeforeTheyAreAcknowledged() throws IOException {
        assertTrue(settings().contains("WRITE_DELAY=0"), "see docs/durability.md, \"Crashes\": " + settings());
    }

    @Test
    void everyNormalStopRewritesTheFileToItsLiveData() throws IOException {
        assertTrue(settings().contains("DEFRAG_ALWAYS=TRUE"),
                "see docs/durability.md, \"The size of the file\": " + settings());
    }
}
