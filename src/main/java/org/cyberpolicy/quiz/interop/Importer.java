package org.cyberpolicy.quiz.interop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cyberpolicy.quiz.bank.Bank;
import org.cyberpolicy.quiz.bank.BankProblem;
import org.cyberpolicy.quiz.bank.Fact;
import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.bank.Source;
import org.cyberpolicy.quiz.bank.load.BankLoader;
import org.cyberpolicy.quiz.bank.load.LoadResult;
import org.cyberpolicy.quiz.bank.yaml.YamlLimits;

/**
 * Turns a parsed GIFT or Moodle XML file into bank files in a folder: the questions, the facts and sources that came
 * with them (our own exports carry them in comments), and the placeholder fact for questions that name none. The
 * files are checked by the bank's own validator before anything is written, on their own or, with a bank folder,
 * as part of that bank; a file with errors writes nothing.
 */
public final class Importer {

    public static final String QUESTIONS_FILE = "questions.yaml";
    public static final String FACTS_FILE = "facts.yaml";
    public static final String SOURCES_FILE = "sources.yaml";

    /** The outcome: errors (nothing written) or the files written, the report and the validator's warnings. */
    public sealed interface Outcome permits Failed, Written {
    }

    public record Failed(List<String> errors) implements Outcome {
    }

    public record Written(List<Path> files, ImportReport report, List<BankProblem> warnings, long placeholderQuestions)
            implements Outcome {
    }

    private final long maxFileBytes;

    public Importer(long maxFileBytes) {
        this.maxFileBytes = maxFileBytes;
    }

    /**
     * @param bankFolder the bank the questions are meant for, if any: facts they name may be defined there, and the
     *                   new files are validated as part of it
     */
    public Outcome importInto(ParsedFile parsed, String fileLabel, Path outFolder, Optional<Path> bankFolder)
            throws IOException {
        if (!parsed.errors().isEmpty()) {
            return new Failed(parsed.errors().stream().map(e -> fileLabel + ":" + e).toList());
        }
        Optional<Bank> bank = Optional.empty();
        if (bankFolder.isPresent()) {
            LoadResult loaded = new BankLoader(maxFileBytes, YamlLimits.DEFAULT).load(bankFolder.get());
            if (!(loaded instanceof LoadResult.Loaded l)) {
                return new Failed(List.of(bankFolder.get() + ": the bank to import into is invalid; run validate"
                        + " on it first"));
            }
            bank = Optional.of(l.bank());
        }
        ImportMapper.Plan plan = ImportMapper.map(parsed.questions(), fileLabel);
        Map<String, String> files = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        Map<String, Fact> facts = factsToWrite(parsed, plan, bank, fileLabel, errors);
        if (!errors.isEmpty()) {
            return new Failed(errors);
        }
        Set<String> bankSources = bank.map(b -> b.sources().keySet()).orElse(Set.of());
        Set<String> cited = new LinkedHashSet<>();
        facts.values().forEach(f -> cited.addAll(f.sourceIds()));
        List<Source> sources = parsed.definitions().sources().values().stream()
                .filter(s -> cited.contains(s.id()) && !bankSources.contains(s.id())).toList();
        if (!sources.isEmpty()) {
            files.put(SOURCES_FILE, BankYamlWriter.sources(sources));
        }
        if (!facts.isEmpty()) {
            files.put(FACTS_FILE, BankYamlWriter.facts(facts.values()));
        }
        if (!plan.questions().isEmpty()) {
            files.put(QUESTIONS_FILE, BankYamlWriter.questions(plan.questions(), plan.comments()));
        }
        for (String name : files.keySet()) {
            if (Files.exists(outFolder.resolve(name))) {
                return new Failed(List.of(outFolder.resolve(name) + ": already exists; import into an empty folder"));
            }
        }
        LoadResult checked = check(files, outFolder, bankFolder);
        if (checked instanceof LoadResult.Rejected rejected) {
            List<String> problems = new ArrayList<>();
            problems.add(fileLabel + ": the imported questions would not make a valid bank:");
            rejected.errors().forEach(e -> problems.add("  " + e));
            return new Failed(problems);
        }
        List<Path> written = write(files, outFolder);
        long placeholders = plan.questions().stream()
                .filter(q -> q.info().factIds().contains(ImportMapper.PLACEHOLDER_FACT)).count();
        return new Written(written, plan.report(), checked.warnings(), placeholders);
    }

    private Map<String, Fact> factsToWrite(ParsedFile parsed, ImportMapper.Plan plan, Optional<Bank> bank,
            String fileLabel, List<String> errors) {
        Set<String> bankFacts = bank.map(b -> b.facts().keySet()).orElse(Set.of());
        Map<String, Fact> facts = new LinkedHashMap<>();
        if (plan.usesPlaceholder() && !bankFacts.contains(ImportMapper.PLACEHOLDER_FACT)) {
            facts.put(ImportMapper.PLACEHOLDER_FACT, ImportMapper.placeholderFact());
        }
        for (Question q : plan.questions()) {
            for (String id : q.info().factIds()) {
                if (id.equals(ImportMapper.PLACEHOLDER_FACT) || bankFacts.contains(id) || facts.containsKey(id)) {
                    continue;
                }
                Fact carried = parsed.definitions().facts().get(id);
                if (carried != null) {
                    facts.put(id, carried);
                } else {
                    errors.add(fileLabel + ":" + q.info().location().line() + ":" + q.info().location().column()
                            + ": question '" + q.id() + "' names fact '" + id + "', which "
                            + (bank.isPresent() ? "the bank does not define" : "this file does not define:"
                                    + " name the bank that does with --bank DIR"));
                }
            }
        }
        return facts;
    }

    /** Validates the new files on their own, or as a part of the bank they are meant for. */
    private LoadResult check(Map<String, String> files, Path outFolder, Optional<Path> bankFolder) throws IOException {
        BankLoader loader = new BankLoader(maxFileBytes, YamlLimits.DEFAULT);
        if (bankFolder.isPresent()) {
            Path bankDir = bankFolder.get().toAbsolutePath().normalize();
            Path out = outFolder.toAbsolutePath().normalize();
            Path within = out.startsWith(bankDir) ? bankDir.relativize(out) : Path.of("imported-preview");
            Map<Path, String> overlay = new LinkedHashMap<>();
            files.forEach((name, text) -> overlay.put(within.resolve(name), text));
            return loader.load(bankDir, overlay);
        }
        Path scratch = Files.createTempDirectory("quiz-import-check");
        try {
            Map<Path, String> overlay = new LinkedHashMap<>();
            files.forEach((name, text) -> overlay.put(Path.of(name), text));
            return loader.load(scratch, overlay);
        } finally {
            Files.deleteIfExists(scratch);
        }
    }

    /** Each file through a temporary file and a rename, so that a failure never leaves half a file. */
    private static List<Path> write(Map<String, String> files, Path outFolder) throws IOException {
        Files.createDirectories(outFolder);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = outFolder.resolve(file.getKey());
            Path temporary = Files.createTempFile(outFolder, ".import-", ".tmp");
            Files.writeString(temporary, file.getValue(), StandardCharsets.UTF_8);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            written.add(target);
        }
        return written;
    }
}
