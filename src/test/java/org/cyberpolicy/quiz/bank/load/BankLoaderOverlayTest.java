package org.cyberpolicy.quiz.bank.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.cyberpolicy.quiz.bank.BankConfig;
import org.cyberpolicy.quiz.bank.BankFolder;
import org.cyberpolicy.quiz.bank.yaml.YamlLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader can read a folder as it would be with some files replaced, without writing them. */
class BankLoaderOverlayTest {

    @TempDir
    Path dir;

    private final BankLoader loader = new BankLoader(BankConfig.DEFAULT_MAX_FILE_BYTES, YamlLimits.DEFAULT);

    @Test
    void aReplacedFileIsReadFromTheOverlayNotFromDisk() throws IOException {
        BankFolder.in(dir).withBasics();
        String edited = BankFolder.BASICS.replace("Four people were charged.", "Four were charged.");

        LoadResult.Loaded loaded = assertInstanceOf(LoadResult.Loaded.class,
                loader.load(dir, Map.of(Path.of("basics.yaml"), edited)));

        assertEquals("Four were charged.", loaded.bank().facts().get("four-charged").statement());
        assertEquals(BankFolder.BASICS, Files.readString(dir.resolve("basics.yaml")));
    }

    @Test
    void theVersionIsTheOneTheFilesWillHaveOnceWritten() {
        BankFolder folder = BankFolder.in(dir).withBasics();
        String edited = BankFolder.BASICS.replace("Four people were charged.", "Four were charged.");
        String overlaid = ((LoadResult.Loaded) loader.load(dir, Map.of(Path.of("basics.yaml"), edited))).bank()
                .version();

        folder.file("basics.yaml", edited);

        assertEquals(overlaid, folder.loadValid().version());
    }

    @Test
    void errorsInTheOverlayPointAtTheFileAndLine() {
        BankFolder folder = BankFolder.in(dir).withBasics();

        LoadResult.Rejected rejected = assertInstanceOf(LoadResult.Rejected.class,
                loader.load(dir, Map.of(Path.of("basics.yaml"), BankFolder.BASICS.replace("value: 4", "value: [4"))));

        assertEquals(folder.label("basics.yaml"), rejected.errors().get(0).location().file());
    }

    @Test
    void anOverlayMayAddAFileThatIsNotOnDisk() {
        BankFolder.in(dir).withBasics();

        LoadResult.Loaded loaded = assertInstanceOf(LoadResult.Loaded.class, loader.load(dir,
                Map.of(Path.of("more/extra.yaml"), "facts:\n  - id: extra\n    statement: One more.\n"
                        + "    sources: [daily]\n")));

        assertEquals(5, loaded.bank().facts().size());
    }
}
