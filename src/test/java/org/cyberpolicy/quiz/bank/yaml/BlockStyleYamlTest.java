package org.cyberpolicy.quiz.bank.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.cyberpolicy.quiz.bank.BankProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The block-style reader answers only with the tree the general YAML parser builds (same nodes, texts, kinds, lines
 * and columns), and otherwise leaves the file to it.
 */
class BlockStyleYamlTest {

    private static final YamlReader FULL = new YamlReader(YamlLimits.DEFAULT, 1 << 20);
    private static final BlockStyleYaml BLOCK = new BlockStyleYaml(YamlLimits.DEFAULT.maxDepth());

    @Test
    void everyFileOfTheShippedBankIsReadInBlockStyleToTheGeneralParsersTree() throws IOException {
        for (Path file : yamlFiles(Path.of("questions"))) {
            String text = Files.readString(file);
            assertTrue(BLOCK.read(file.toString(), text).isPresent(), file + " should be read in block style");
            assertSameTreeWhereRead(file.toString(), text);
        }
    }

    @Test
    void everyTestBankIsReadInBlockStyleToTheGeneralParsersTree() throws IOException {
        List<Path> files = yamlFiles(Path.of("src/test/resources/banks"));
        assertTrue(files.size() >= 4, "the test banks were found");
        for (Path file : files) {
            assertTrue(assertSameTreeWhereRead(file.toString(), Files.readString(file)), file + " in block style");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a: 1\nb: 1.5\nc: 0\nd: yes\ne: Off\nf: ~\ng: null\nh:\ni: 2021-07-19\nj: 12th\n",
        "facts:\n  - id: f1\n    value: 2001-06-22\n    sources: [s1, 's 2', \"s3\"]\n    aliases: []\n",
        "list:\n- a\n- b\nnext: x\n",
        "outer:\n  inner:\n    deep: value   # a comment\n  other: 'it''s'\n",
        "feedback: >-\n  one\n  two\n\n  three\nafter: x\n",
        "feedback: |\n  one\n  two\n\n  # not a comment\nafter: x\n",
        "feedback: >\n  one\n  two\n",
        "feedback: |-\n    four spaces\n    here\n",
        "last: >-\n  no newline at the end",
        "crlf: one\r\nlist:\r\n  - two\r\n",
        "---\nafter: the start of the document\n",
        "key:    spaced   \nC: C#\nurl: http://example.org/a:b\n",
        "empty: ''\nquoted: \"  kept  \"\n",
        "review: {answers: immediately, feedback: 'never', n: 1}\nnone: {}\n",
        "unicode: Žluťoučký kůň, 日本語\n",
        "nulls:\n  a:\n  b:   # nothing\nc: x\n",
        "list:\n-   wide: entry\n    second: key\n",
    })
    void blockStyleFilesAreReadToTheGeneralParsersTree(String text) {
        assertTrue(assertSameTreeWhereRead("case.yaml", text), () -> "should be read in block style: " + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "anchor: &a x\nalias: *a\n",
        "tagged: !!str 5\n",
        "flow: {a: {b: c}}\n",
        "plain: one\n  continued\n",
        "tab:\tvalue\n",
        "twice: 1\ntwice: 2\n",
        "hex: 0x1F\n",
        "octal: 017\n",
        "sexagesimal: 1:20\n",
        "underscores: 1_000\n",
        "exponent: 1e3\n",
        "negative: -5\n",
        "question: ? x\n",
        "nested: [a, [b]]\n",
        "trailing: [a, b,]\n",
        "escapes: \"a\\nb\"\n",
        "quoted: 'over\n  two lines'\n",
        "keep: >+\n  kept\n",
        "indicator: |2\n  x\n",
        "more: >\n  one\n    indented\n  two\n",
        "first:\n\n  blank: line before a block scalar is fine, but this is a mapping\nscalar: >\n\n  late\n",
        "colon: a: b\n",
        "second: document\n---\nthird: x\n",
        "\"quoted key\": x\n",
        "just a scalar\n",
        "- a list at the root\n",
        "",
        "# only a comment\n",
        "ls: \u2028\n",
        "emoji: 😀\n",
    })
    void otherYamlIsLeftToTheGeneralParser(String text) {
        assertTrue(BLOCK.read("case.yaml", text).isEmpty(), () -> "should give up on: " + text);
    }

    @Test
    void generatedDocumentsAreReadToTheGeneralParsersTreeOrLeftToIt() {
        DocumentGenerator generator = new DocumentGenerator(20_211_907L);
        int documents = 20_000;
        int read = 0;
        int rejectedByTheParser = 0;
        for (int i = 0; i < documents; i++) {
            String text = generator.next();
            boolean answered = BLOCK.read("gen.yaml", text).isPresent();
            if (answered) {
                read++;
                assertSameTreeWhereRead("gen.yaml", text);
            } else if (fullReadFails(text)) {
                rejectedByTheParser++;
            }
        }
        // Not vacuous: most documents are read in block style, and the mutations make many invalid.
        assertTrue(read > documents / 4, "read in block style: " + read + " of " + documents);
        assertTrue(rejectedByTheParser > documents / 20, "invalid documents: " + rejectedByTheParser);
    }

    /** Asserts that wherever the block-style reader answers, the general parser gives the same tree; says if it did. */
    private static boolean assertSameTreeWhereRead(String file, String text) {
        Optional<YamlNode> block = BLOCK.read(file, text);
        if (block.isEmpty()) {
            return false;
        }
        List<BankProblem> problems = new ArrayList<>();
        Optional<YamlNode> full;
        try {
            full = FULL.readInFull(file, text, problems);
        } catch (InvalidYamlException e) {
            fail("the block-style reader answered, but the general parser refuses: " + e.problem() + "\n" + text);
            return true;
        }
        assertEquals(List.of(), problems, text);
        assertEquals(full, block, () -> "different trees for:\n" + text);
        return true;
    }

    private static boolean fullReadFails(String text) {
        try {
            FULL.readInFull("gen.yaml", text, new ArrayList<>());
            return false;
        } catch (InvalidYamlException e) {
            return true;
        }
    }

    private static List<Path> yamlFiles(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }
}
