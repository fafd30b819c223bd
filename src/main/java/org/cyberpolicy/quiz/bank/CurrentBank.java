package org.cyberpolicy.quiz.bank;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.cyberpolicy.quiz.bank.load.BankLoader;
import org.cyberpolicy.quiz.bank.load.LoadResult;
import org.cyberpolicy.quiz.bank.yaml.YamlLimits;
import org.jboss.logging.Logger;

import io.quarkus.runtime.Startup;

/**
 * The bank the application serves. It is replaced only whole and only by a valid bank, so a broken edit of the YAML
 * files never takes a working bank away; readers always see one consistent version.
 */
@Startup
@ApplicationScoped
public class CurrentBank {

    private static final Logger LOG = Logger.getLogger(CurrentBank.class);

    private final Path folder;
    private final BankLoader loader;
    private final AtomicReference<Bank> bank = new AtomicReference<>();

    CurrentBank(BankConfig config) {
        this.folder = Path.of(config.dir());
        this.loader = new BankLoader(config.maxFileSize().asLongValue(),
                new YamlLimits(config.maxAliasedNodes(), YamlLimits.DEFAULT.maxDepth()));
        LoadResult first = reload();
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

    /** Reads the folder again; the new bank replaces the current one only when it is valid. */
    public LoadResult reload() {
        LoadResult result = loader.load(folder);
        result.warnings().forEach(warning -> LOG.warn(warning));
        if (result instanceof LoadResult.Loaded loaded) {
            bank.set(loaded.bank());
            LOG.infof("Question bank %s loaded from %s: %s", loaded.bank().version(), folder, loaded.bank().summary());
        } else if (result instanceof LoadResult.Rejected rejected) {
            LOG.errorf("Question bank in %s rejected with %d errors; keeping the bank in service", folder,
                    rejected.errors().size());
            rejected.errors().forEach(error -> LOG.error(error));
        }
        return result;
    }
}
