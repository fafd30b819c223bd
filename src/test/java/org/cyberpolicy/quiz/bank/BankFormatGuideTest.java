package org.cyberpolicy.quiz.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The complete example in the instructors' guide is a valid bank, so that copying it is a safe start. */
class BankFormatGuideTest {

    private static final Pattern EXAMPLE = Pattern.compile(
            "## A complete example file.*?```yaml\\n(.*?)```", Pattern.DOTALL);

    @Test
    void theCompleteExampleLoadsOnItsOwnWithoutWarnings(@TempDir Path dir) throws IOException {
        String guide = Files.readString(Path.of("docs/bank-format.md"), StandardCharsets.UTF_8);
        Matcher example = EXAMPLE.matcher(guide);
        assertTrue(example.find(), "the guide has no complete example");

        BankFolder folder = BankFolder.in(dir).file("example.yaml", example.group(1));

        Bank bank = folder.loadValid();
        assertEquals(1, bank.quizzes().size());
        assertTrue(bank.questions().size() >= 3);
        assertEquals(java.util.List.of(), folder.load().warnings());
    }
}
