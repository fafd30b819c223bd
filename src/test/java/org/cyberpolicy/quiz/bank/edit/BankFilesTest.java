package org.cyberpolicy.quiz.bank.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.cyberpolicy.quiz.Refusal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Names from a request never reach a file outside the bank folder, or one the loader would not read. */
class BankFilesTest {

    @TempDir
    Path root;

    private Path bank;
    private BankFiles files;

    @BeforeEach
    void makeABank() throws IOException {
        bank = Files.createDirectories(root.resolve("bank"));
        Files.writeString(bank.resolve("facts.yaml"), "facts: []\n");
        Files.createDirectories(bank.resolve("topics"));
        Files.writeString(bank.resolve("topics/exchange.yml"), "questions: []\n");
        Files.writeString(bank.resolve("notes.txt"), "not yaml\n");
        Files.writeString(root.resolve("outside.yaml"), "secret: true\n");
        files = new BankFiles(bank);
    }

    private void assertInvalid(String name) {
        Refusal refused = assertThrows(Refusal.class, () -> files.resolve(name));
        assertEquals(Refusal.Reason.INVALID, refused.reason(), refused.getMessage());
    }

    @Test
    void listsTheFilesTheLoaderReadsByRelativeName() {
        assertEquals(List.of("facts.yaml", "topics/exchange.yml"), files.list().stream().map(BankFile::relative)
                .toList());
    }

    @Test
    void resolvesAFileInASubFolder() {
        assertEquals(bank.resolve("topics/exchange.yml"), files.resolve("topics/exchange.yml").path());
    }

    @ParameterizedTest
    @ValueSource(strings = { "../outside.yaml", "topics/../../outside.yaml", "./facts.yaml", "topics//exchange.yml",
            "topics/" })
    void refusesPathsThatAreNotPlainNames(String name) {
        assertInvalid(name);
    }

    @Test
    void refusesAnAbsolutePathEvenToABankFile() {
        assertInvalid(bank.resolve("facts.yaml").toAbsolutePath().toString());
        assertInvalid("C:/bank/facts.yaml");
    }

    @Test
    void refusesBackslashes() {
        assertInvalid("topics\\exchange.yml");
    }

    @ParameterizedTest
    @ValueSource(strings = { "notes.txt", ".hidden.yaml", "facts.yaml.bak", "" })
    void refusesNamesTheLoaderWouldNotRead(String name) {
        assertInvalid(name);
    }

    @Test
    void refusesALinkThatLeadsOutOfTheFolder() throws IOException {
        Files.createSymbolicLink(bank.resolve("link.yaml"), root.resolve("outside.yaml"));
        assertInvalid("link.yaml");
    }

    @Test
    void aMissingFileIsNotFound() {
        Refusal refused = assertThrows(Refusal.class, () -> files.resolve("missing.yaml"));
        assertEquals(Refusal.Reason.NOT_FOUND, refused.reason());
    }

    @Test
    void theHashFollowsTheContent() throws IOException {
        BankFile file = files.resolve("facts.yaml");
        String before = files.read(file).hash();
        Files.writeString(file.path(), "facts: [] # changed\n");
        assertNotEquals(before, files.read(file).hash());
    }

    @Test
    void aWriteReplacesTheFileAndLeavesNoTemporaryFileBehind() throws IOException {
        BankFile file = files.resolve("topics/exchange.yml");

        files.write(file, "questions: [] # edited\n");

        assertEquals("questions: [] # edited\n", Files.readString(file.path()));
        try (Stream<Path> left = Files.list(bank.resolve("topics"))) {
            assertEquals(List.of(file.path()), left.toList());
        }
    }

    @Test
    void namesAValidatorLocationByItsRelativePath() {
        assertEquals(Optional.of("topics/exchange.yml"), files.relativeOf(bank.resolve("topics/exchange.yml")
                .toString()));
        assertTrue(files.relativeOf(bank.toString()).isEmpty());
        assertTrue(files.relativeOf(root.resolve("outside.yaml").toString()).isEmpty());
    }
}
