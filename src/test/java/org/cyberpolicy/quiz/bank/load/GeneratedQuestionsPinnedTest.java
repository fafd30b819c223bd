package org.cyberpolicy.quiz.bank.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeSet;

import org.cyberpolicy.quiz.bank.Bank;
import org.cyberpolicy.quiz.bank.BankConfig;
import org.cyberpolicy.quiz.bank.BankProblem;
import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.bank.QuestionInfo;
import org.cyberpolicy.quiz.bank.yaml.YamlLimits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Loading a bank gives exactly the questions it gave before the loader was made faster: every question (written and
 * generated, in the bank's order), with its id, prompt, options and their order, truth, tags, difficulty, feedback and
 * location, and the warnings and the version of the bank. Attempts record generated question ids and options, so a
 * change here would change questions under students' feet.
 * <p>
 * The bank is synthetic and written by this test (several files, so that the order in which files are read and
 * digested counts; dates at every precision, whole and decimal and negative numbers, a hand-written tolerance, names
 * of a kind with more than 64 values, which draws wrong names at random, lists, and a kind too small for a choice).
 * The digests were computed with the loader of main before the bank benchmark's cold-load work (issue 21).
 */
class GeneratedQuestionsPinnedTest {

    /** Under the build folder, with a relative path: the bank's version digests the files' paths as the loader names them. */
    static final Path FOLDER = Path.of("target", "pinned-generated-bank");

    static Bank bank;
    static LoadResult.Loaded loaded;

    @BeforeAll
    static void writeAndLoad() throws IOException {
        writeBank(FOLDER);
        LoadResult result = new BankLoader(BankConfig.DEFAULT_MAX_FILE_BYTES, YamlLimits.DEFAULT).load(FOLDER);
        if (!(result instanceof LoadResult.Loaded ok)) {
            throw new AssertionError("the synthetic bank is invalid: " + ((LoadResult.Rejected) result).errors());
        }
        loaded = ok;
        bank = ok.bank();
    }

    @Test
    void theBankHasTheSameShapeAndVersion() {
        assertEquals("1 sources, 601 facts, 3 questions (+ 1502 generated), 1 quizzes", bank.summary());
        assertEquals("4a525226fda3e7fe", bank.version());
    }

    @Test
    void everyQuestionIsTheSameAsBefore() {
        StringBuilder all = new StringBuilder();
        bank.questions().values().forEach(q -> all.append(canonical(q)).append('\n'));
        assertEquals("3227efe0716e1bff28d6a28731412ac8c68f0688d8a9038af85f040f93d4a2f0", sha256(all.toString()),
                "the questions changed; the first three generated:\n" + bank.questions().values().stream()
                        .filter(q -> q.info().generated()).limit(3).map(GeneratedQuestionsPinnedTest::canonical)
                        .reduce("", (a, b) -> a + b + "\n"));
    }

    @Test
    void theWarningsAreTheSameAsBefore() {
        StringBuilder all = new StringBuilder();
        loaded.warnings().stream().map(BankProblem::toString).forEach(w -> all.append(w).append('\n'));
        assertEquals("be435b6c28e9f9e8895e72806b414488032b58035c42071da96f64286f3038ba", sha256(all.toString()), all.toString());
    }

    /** Every component of the question, with its tags sorted (a set's own order changes from one JVM to the next). */
    static String canonical(Question q) {
        QuestionInfo info = q.info();
        StringBuilder s = new StringBuilder(q.getClass().getSimpleName()).append('|').append(info.id()).append('|')
                .append(info.prompt()).append('|').append(info.factIds()).append('|').append(info.points())
                .append('|').append(new TreeSet<>(info.tags())).append('|').append(info.difficulty()).append('|')
                .append(info.feedback()).append('|').append(info.location());
        for (RecordComponent component : q.getClass().getRecordComponents()) {
            if (!component.getName().equals("info")) {
                try {
                    s.append('|').append(component.getName()).append('=')
                            .append(component.getAccessor().invoke(q));
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return s.toString();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    static void writeBank(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (var paths = Files.walk(folder)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("sources.yaml"), """
                sources:
                  - id: pin-source
                    outlet: Pinned Gazette
                    title: A report that exists only for this test
                    published: 2021-07-19
                """);
        Files.writeString(folder.resolve("kinds.yaml"), """
                kinds:
                  - id: agency
                    values: [Alpha Office, Bravo Bureau, Charlie Service, Delta Directorate, Echo Agency]
                  - id: country
                    values: [Arcadia, Borduria, Carpathia, Elbonia, Freedonia, Genovia, Latveria, Ruritania]
                  - id: colour
                    values: [Red team, Blue team]
                """);
        for (int file = 0; file < 3; file++) {
            StringBuilder facts = new StringBuilder("facts:\n");
            for (int i = file * 200; i < (file + 1) * 200; i++) {
                facts.append(fact(i));
            }
            Files.writeString(folder.resolve("facts-" + file + ".yaml"), facts.toString());
        }
        Files.writeString(folder.resolve("questions.yaml"), """
                facts:
                  - id: colour-fact
                    statement: The exercise's winners wore one colour.
                    value: Green team
                    kind: colour
                    ask: Which team won the exercise?
                    claim: The exercise was won by {value}.
                    sources: [pin-source]
                questions:
                  - id: tolerant
                    type: numeric
                    prompt: How many, roughly, for item 1?
                    answer: 0.15
                    tolerance: 0.5
                    facts: [fact-1]
                    tags: [numbers]
                  - id: named
                    type: true-false
                    prompt: Operation 6 was run by an office.
                    answer: true
                    facts: [fact-6]
                    tags: [names, offices]
                  - id: colours
                    type: true-false
                    prompt: A team won.
                    answer: true
                    facts: [colour-fact]
                """);
        Files.writeString(folder.resolve("quizzes.yaml"), """
                quizzes:
                  - id: pinned
                    title: Pinned
                    questions: [tolerant, named, colours]
                """);
    }

    /** Dates (day, month, year), numbers (whole, decimal, negative), names of a kind, lists, in turn. */
    private static String fact(int i) {
        String head = "  - id: fact-" + i + "\n    sources: [pin-source]\n"
                + (i % 3 == 0 ? "" : "    tags: [generated, g" + (i % 7) + "]\n");
        return head + switch (i % 4) {
            case 0 -> "    statement: Event " + i + " happened.\n    value: " + switch (i % 3) {
                case 0 -> String.format("%d-%02d-%02d", 1990 + i % 30, 1 + i % 12, 1 + i % 28);
                case 1 -> String.format("%d-%02d", 1990 + i % 30, 1 + i % 12);
                default -> String.valueOf(1990 + i % 30);
            } + "\n    kind: date\n    ask: When did event " + i + " happen?\n    claim: Event " + i
                    + " happened in {value}.\n";
            case 1 -> "    statement: Item " + i + " has a count.\n    value: " + switch (i % 3) {
                case 0 -> String.valueOf(3 * i + 1000);
                case 1 -> (i % 5 == 0 ? "-" : "") + (i / 10) + "." + (i % 10) + "5";
                default -> "-" + (1000 + i);
            } + "\n    kind: number\n    ask: What is the count of item " + i + "?\n    claim: Item " + i
                    + " counts {value}.\n";
            case 2 -> "    statement: Operation " + i + " was run by an office.\n    value: Office number " + (i * 7)
                    + "\n    aliases: [Office no. " + (i * 7) + "]\n    kind: agency\n    ask: Which office ran operation "
                    + i + "?\n    claim: Operation " + i + " was run by {value}.\n";
            default -> "    statement: Coalition " + i + " had two members.\n    value: [Member " + i + " east, Member "
                    + i + " west]\n    kind: country\n    ask: Which members did coalition " + i + " have?\n";
        };
    }
}
