package org.cyberpolicy.quiz.cli;

import java.util.concurrent.Callable;

import org.cyberpolicy.quiz.storage.DataFolderPreflight;
import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.runtime.Quarkus;
import picocli.CommandLine.Command;

/**
 * {@code serve}: starts the web application until it is stopped. An unwritable data folder is refused first, in
 * one line, before the database migration would fail on it at length.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the web server (the default when no command is given). Configuration comes from the"
                + " environment and application.properties; see the README.")
public class ServeCommand implements Callable<Integer> {

    /** The exit status when the data folder cannot be written (2, as for a usage error: the operator must act). */
    public static final int DATA_FOLDER_NOT_WRITABLE = 2;

    @Override
    public Integer call() {
        return serve();
    }

    /** Starts the server; returns only if it cannot start. */
    public static int serve() {
        var refusal = DataFolderPreflight.refusal(ConfigProvider.getConfig());
        if (refusal.isPresent()) {
            System.err.println(refusal.get());
            return DATA_FOLDER_NOT_WRITABLE;
        }
        Quarkus.run();
        return 0;
    }
}
