package org.cyberpolicy.quiz.bank;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
        LoadResult first = reload("start-up");
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

    /** Reads the folder again; the new bank replaces the current one only when it is valid. */
    public LoadResult reload() {
        return reload("reload");
    }

    /** As {@link #reload()}, naming what asked for it on the bank page. */
    public LoadResult reload(String cause) {
        return exclusively(() -> {
            LoadResult result = loader.load(folder);
            result.warnings().forEach(warning -> LOG.warn(warning));
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
     * read it ({@code baseHash}). Otherwise nothing is written and the bank in service stays.
     */
    public EditResult save(BankFile file, String text, String baseHash) {
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
            if (!onDisk.text().equals(text)) {
                files.write(file, text);
            }
            swapIn(loaded, "edit of " + file.relative());
            return new EditResult.Saved(loaded.bank(), loaded.warnings());
        });
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
