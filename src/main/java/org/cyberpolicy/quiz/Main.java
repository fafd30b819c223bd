package org.cyberpolicy.quiz;

import java.util.Arrays;

import org.cyberpolicy.quiz.bank.ValidateCommand;
import org.cyberpolicy.quiz.storage.DataFolderPreflight;
import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the web application, or with {@code validate [DIR]} checks a bank and exits. The check runs before Quarkus
 * starts, so it opens no port and touches no database, and can run beside a live server.
 */
@QuarkusMain
public class Main {

    /** The exit status when the data folder cannot be written (2, as for a usage error: the operator must act). */
    public static final int DATA_FOLDER_NOT_WRITABLE = 2;

    public static void main(String... args) {
        if (args.length > 0 && ValidateCommand.NAME.equals(args[0])) {
            int status = new ValidateCommand(System.out, System.err).run(Arrays.copyOfRange(args, 1, args.length));
            System.exit(status);
        }
        // An unwritable data folder is refused here in one line, before the migration fails on it at length.
        DataFolderPreflight.refusal(ConfigProvider.getConfig()).ifPresent(refusal -> {
            System.err.println(refusal);
            System.exit(DATA_FOLDER_NOT_WRITABLE);
        });
        Quarkus.run(args);
    }
}
