package org.cyberpolicy.quiz;

import java.util.Arrays;

import org.cyberpolicy.quiz.bank.ValidateCommand;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the web application, or with {@code validate [DIR]} checks a bank and exits. The check runs before Quarkus
 * starts, so it opens no port and touches no database, and can run beside a live server.
 */
@QuarkusMain
public class Main {

    public static void main(String... args) {
        if (args.length > 0 && ValidateCommand.NAME.equals(args[0])) {
            int status = new ValidateCommand(System.out, System.err).run(Arrays.copyOfRange(args, 1, args.length));
            System.exit(status);
        }
        Quarkus.run(args);
    }
}
