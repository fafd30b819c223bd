package org.cyberpolicy.quiz.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data folder is judged by trying: created when missing, refused when nothing can be written in it. */
class DataFolderTest {

    @TempDir
    Path temp;

    @Test
    void aMissingFolderIsCreatedAndLeftEmpty() throws Exception {
        Path dir = temp.resolve("new/data");

        assertEquals(Optional.empty(), new DataFolder(dir).whyNotWritable());
        assertTrue(Files.isDirectory(dir));
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "the write check leaves nothing behind");
        }
    }

    @Test
    void aFolderUnderARegularFileCannotBeCreatedWhoeverAsks() throws Exception {
        Path file = Files.writeString(temp.resolve("file"), "x");

        Optional<String> why = new DataFolder(file.resolve("data")).whyNotWritable();

        assertTrue(why.isPresent());
        assertTrue(why.get().startsWith("it cannot be created ("), why.get());
    }

    @Test
    void freeSpaceIsReadFromTheFolderFileSystem() {
        assertTrue(new DataFolder(temp).usableSpace() > 0);
        assertEquals(-1, new DataFolder(temp.resolve("missing")).usableSpace());
    }

    @Test
    void onlyH2FileUrlsAreH2Files() {
        assertTrue(H2FileUrl.isH2File("jdbc:h2:file:./data/quiz;DB_CLOSE_ON_EXIT=FALSE"));
        assertTrue(H2FileUrl.isH2File("jdbc:h2:./data/quiz"));
        assertTrue(H2FileUrl.isH2File("jdbc:h2:split:nio:/srv/quiz"));
        assertFalse(H2FileUrl.isH2File("jdbc:h2:mem:quiz-test;DB_CLOSE_DELAY=-1"));
        assertFalse(H2FileUrl.isH2File("jdbc:h2:tcp://db/quiz"));
        assertFalse(H2FileUrl.isH2File("jdbc:postgresql://localhost/quiz"));
    }
}
