package org.cyberpolicy.quiz.bank.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.cyberpolicy.quiz.bank.BankFolder;
import org.cyberpolicy.quiz.bank.BankProblem;
import org.cyberpolicy.quiz.bank.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A placeholder fact (what the importers write) loads, and every question tied to it is warned about. */
class PlaceholderFactTest {

    @TempDir
    Path dir;

    private static final String IMPORTED = """
            facts:
              - id: imported-placeholder
                statement: Placeholder for imported questions.
                placeholder: true
            questions:
              - id: q1
                type: true-false
                prompt: The sky is blue.
                answer: true
                facts: [imported-placeholder]
            """;

    @Test
    void aBankWithAPlaceholderFactLoadsWithAWarningOnEachQuestionTiedToIt() {
        BankFolder folder = BankFolder.in(dir).withBasics().file("imported.yaml", IMPORTED);
        LoadResult result = folder.load();
        LoadResult.Loaded loaded = assertInstanceOf(LoadResult.Loaded.class, result, result::toString);
        assertTrue(loaded.bank().facts().get("imported-placeholder").isPlaceholder());
        List<BankProblem> warnings = loaded.warnings().stream()
                .filter(w -> w.message().contains("not tied to a sourced fact")).toList();
        assertEquals(List.of(new BankProblem(new Location(folder.label("imported.yaml"), 6, 5),
                "question 'q1' is not tied to a sourced fact: 'imported-placeholder' is a placeholder; name the facts"
                        + " it tests")), warnings);
    }

    @Test
    void aQuestionWithARealFactBesideThePlaceholderIsStillWarnedAbout() {
        BankFolder folder = BankFolder.in(dir).withBasics().file("imported.yaml",
                IMPORTED.replace("[imported-placeholder]", "[four-charged, imported-placeholder]"));
        assertTrue(folder.load().warnings().stream().anyMatch(w -> w.message().contains("'q1' is not tied")));
    }

    @Test
    void aFactWithoutSourcesThatIsNoPlaceholderIsStillAnError() {
        BankFolder folder = BankFolder.in(dir).withBasics().file("imported.yaml",
                IMPORTED.replace("    placeholder: true\n", ""));
        folder.assertOnlyError("imported.yaml", 2, 5, "'sources'");
    }

    @Test
    void aPlaceholderThatCitesSourcesIsAnError() {
        BankFolder folder = BankFolder.in(dir).withBasics().file("imported.yaml",
                IMPORTED.replace("    placeholder: true\n", "    placeholder: true\n    sources: [daily]\n"));
        folder.assertOnlyError("imported.yaml", 5, 14, "is a placeholder and cites no source");
    }
}
