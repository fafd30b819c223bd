package org.cyberpolicy.quiz.bank;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.cyberpolicy.quiz.bank.edit.BankFile;
import org.cyberpolicy.quiz.bank.edit.BankFiles;
import org.cyberpolicy.quiz.bank.edit.EditResult;
import org.cyberpolicy.quiz.bank.edit.FileText;
import org.cyberpolicy.quiz.bank.load.BankLoader;
import org.cyberpolicy.quiz.bank.load.LoadResult;
import org.cyberpolicy.quiz.bank.yaml.YamlLimits;
import org.jboss.logging.Logger;

import io.quarkus.runtime.Startup;

/**
 * The bank the application serves. It is replaced only whole and only by a valid bank, so a broken edit of the YAML
 * files never takes a working bank away; readers always see one consistent version.
 * <p>
 * Reloads and edits run one at a time (one lock), so that two instructors, or an instructor and the file watcher,
 * cannot interleave a check of the files with a write.
 */
@Startup
@ApplicationScoped
public class CurrentBank {

    private static final Logger LOG = Logger.getLogger(CurrentBank.class);

    private final Path folder;
    private final BankLoader loader;
    private final BankFiles files;
    private final AtomicReference<Bank> bank = new AtomicReference<>();
    private final AtomicReference<LoadStatus> lastLoad = new AtomicReference<>();
    private final ReentrantLock changes = new ReentrantLock();

    CurrentBank(BankConfig config) {
        this.folder = Path.of(config.dir());
        this.loader = new BankLoader(config.maxFileSize().asLongValue(),
                new YamlLimits(config.maxAliasedNodes(), YamlLimits.DEFAULT.maxDepth()));
        this.files = new BankFiles(folder);
        // Nothing is in service yet, so there is nothing to lose.
        LoadResult first = reload("start-up", true);
        if (first instanceof LoadResult.Rejected rejected) {
            // Starting without a bank would serve empty pages that look like a working app; refuse instead.
            throw new IllegalStateException("The question bank in '" + folder + "' is invalid:\n"
                    + rejected.errors().stream().map(BankProblem::toString).collect(Collectors.joining("\n")));
        }
    }

    public Bank get() {
        return bank.get();
    }

    public Path folder() {
        return folder;
    }

    /** The bank folder's files, for the editor. */
    public BankFiles files() {
        return files;
    }

    /** The outcome of the last reading of the folder (at start-up, a reload, the watcher or a saved edit). */
    public LoadStatus lastLoad() {
        return lastLoad.get();
    }

    /** As {@link #reload(boolean)}, not confirming: a bank that would take every quiz away stays out of service. */
    public LoadResult reload() {
        return reload(false);
    }

    /**
     * Reads the folder again; the new bank replaces the current one only when it is valid, and, when it would take
     * every quiz or question away, only if {@code emptyingConfirmed} ({@link LoadResult.Unconfirmed} otherwise).
     */
    public LoadResult reload(boolean emptyingConfirmed) {
        return reload("reload", emptyingConfirmed);
    }

    /** As {@link #reload(boolean)}, naming what asked for it on the bank page. */
    public LoadResult reload(String cause, boolean emptyingConfirmed) {
        return exclusively(() -> {
            LoadResult result = loader.load(folder);
            result.warnings().forEach(warning -> LOG.warn(warning));
            Optional<String> loss = result instanceof LoadResult.Loaded loaded ? lossIn(loaded.bank())
                    : Optional.empty();
            if (loss.isPresent() && !emptyingConfirmed) {
                // Nothing changes, so the last load's status still describes what is in service.
                LoadResult.Loaded loaded = (LoadResult.Loaded) result;
                return new LoadResult.Unconfirmed(loaded.bank(), loaded.warnings(), loss.get());
            }
            if (result instanceof LoadResult.Loaded loaded) {
                swapIn(loaded, cause);
            } else if (result instanceof LoadResult.Rejected rejected) {
                LOG.errorf("Question bank in %s rejected with %d errors; keeping the bank in service", folder,
                        rejected.errors().size());
                rejected.errors().forEach(error -> LOG.error(error));
                Bank running = bank.get();
                lastLoad.set(new LoadStatus(Instant.now(), cause, false, running == null ? "" : running.version(),
                        rejected.errors(), rejected.warnings()));
            }
            return result;
        });
    }

    /**
     * Saves a new text for one bank file, if the whole bank with it is valid and the file is still as the editor
     * read it ({@code baseHash}). Otherwise nothing is written and the bank in service stays. A valid bank that would
     * take every quiz or question away is saved only if {@code emptyingConfirmed} ({@link EditResult.Unconfirmed}).
     */
    public EditResult save(BankFile file, String text, String baseHash) {
        return save(file, text, baseHash, false);
    }

    /** As {@link #save(BankFile, String, String)}; {@code emptyingConfirmed} lets a bank without quizzes in. */
    public EditResult save(BankFile file, String text, String baseHash, boolean emptyingConfirmed) {
        return exclusively(() -> {
            FileText onDisk = files.read(file);
            if (!onDisk.hash().equals(baseHash)) {
                return new EditResult.Stale(onDisk);
            }
            LoadResult result = loader.load(folder, Map.of(folder.relativize(file.path()), text));
            if (result instanceof LoadResult.Rejected rejected) {
                // The files on disk are unchanged, so the last load's status still describes them.
                return new EditResult.Invalid(rejected.errors(), rejected.warnings());
            }
            LoadResult.Loaded loaded = (LoadResult.Loaded) result;
            Optional<String> loss = lossIn(loaded.bank());
            if (loss.isPresent() && !emptyingConfirmed) {
                return new EditResult.Unconfirmed(loaded.bank(), loaded.warnings(), loss.get());
            }
            if (!onDisk.text().equals(text)) {
                files.write(file, text);
            }
            swapIn(loaded, "edit of " + file.relative());
            return new EditResult.Saved(loaded.bank(), loaded.warnings());
        });
    }

    /**
     * What the course would lose if {@code next} replaced the bank in service: all its quizzes, or all its questions.
     * A valid bank can be empty (an emptied quizzes file is one), and putting it in service leaves students nothing to
     * take, so that is done only when someone confirms it.
     */
    private Optional<String> lossIn(Bank next) {
        Bank running = bank.get();
        if (running == null) {
            return Optional.empty();
        }
        List<String> lost = new ArrayList<>();
        if (next.quizzes().isEmpty() && !running.quizzes().isEmpty()) {
            lost.add(count(running.quizzes().size(), "quiz", "quizzes"));
        }
        if (next.questions().isEmpty() && !running.questions().isEmpty()) {
            lost.add(count(running.questions().size(), "question", "questions"));
        }
        if (lost.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("the bank would have no " + (next.quizzes().isEmpty() ? "quiz" : "question")
                + " left: the " + String.join(" and the ", lost) + " in service now would go, and students would"
                + " have nothing to take");
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private void swapIn(LoadResult.Loaded loaded, String cause) {
        bank.set(loaded.bank());
        lastLoad.set(new LoadStatus(Instant.now(), cause, true, loaded.bank().version(), List.of(),
                loaded.warnings()));
        LOG.infof("Question bank %s loaded from %s (%s): %s", loaded.bank().version(), folder, cause,
                loaded.bank().summary());
    }

    private <T> T exclusively(Supplier<T> change) {
        changes.lock();
        try {
            return change.get();
        } finally {
            changes.unlock();
        }
    }
}
