package org.cyberpolicy.quiz.bank;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * With {@code quiz.bank.watch=true}, reloads the bank when files under its folder change. A burst of changes (an
 * editor's temporary file, rename and touch) makes one reload once the folder has been quiet for
 * {@code quiz.bank.watch-quiet}; the reload follows the usual rule, so a broken file leaves the bank in service.
 */
@ApplicationScoped
public class BankWatcher {

    private static final Logger LOG = Logger.getLogger(BankWatcher.class);

    private final CurrentBank currentBank;
    private final BankConfig config;
    private WatchService watchService;
    private Thread thread;

    BankWatcher(CurrentBank currentBank, BankConfig config) {
        this.currentBank = currentBank;
        this.config = config;
    }

    void start(@Observes StartupEvent started) {
        if (!config.watch()) {
            return;
        }
        Path folder = currentBank.folder();
        try {
            watchService = FileSystems.getDefault().newWatchService();
            registerTree(folder);
        } catch (IOException e) {
            // Watching is a convenience: without it, reloads from the bank page still work.
            LOG.errorf(e, "Cannot watch the bank folder %s; reload it from the bank page instead", folder);
            closeQuietly();
            return;
        }
        thread = new Thread(this::watch, "bank-watcher");
        thread.setDaemon(true);
        thread.start();
        LOG.infof("Watching %s for changes to the question bank", folder);
    }

    void stop(@Observes ShutdownEvent stopping) {
        closeQuietly();
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void watch() {
        Duration quiet = config.watchQuiet();
        try {
            while (true) {
                WatchKey first = watchService.take();
                handle(first);
                // Let the burst settle: keep taking events until none comes for the quiet period.
                WatchKey more;
                while ((more = watchService.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    handle(more);
                }
                try {
                    // Whoever edits the files with the watcher on has no page to confirm on: a bank left without
                    // quizzes goes in, with the validator's warning on the bank page and in the log.
                    currentBank.reload("file watcher", true);
                } catch (RuntimeException e) {
                    LOG.error("Reloading the question bank after a change failed; the bank in service stays", e);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Shutting down.
        }
    }

    /** Registers folders created meanwhile, so that files put into a new sub-folder are seen too. */
    private void handle(WatchKey key) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path name) {
                Path created = dir.resolve(name);
                if (Files.isDirectory(created, LinkOption.NOFOLLOW_LINKS)) {
                    try {
                        registerTree(created);
                    } catch (IOException e) {
                        LOG.warnf(e, "Cannot watch the new folder %s", created);
                    }
                }
            }
        }
        key.reset();
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
                dir.register(watchService, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
            }
        }
    }

    private void closeQuietly() {
        if (watchService != null) {
            try {
                watchService.close();
            } catch (IOException e) {
                LOG.debug("Closing the bank watcher", e);
            }
        }
    }
}
