package org.cyberpolicy.quiz;

import org.cyberpolicy.quiz.cli.QuizCommand;
import org.cyberpolicy.quiz.cli.ServeCommand;

import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the web application, or runs one of the commands of {@link QuizCommand} ({@code validate DIR},
 * {@code --help}) and exits. Commands run before Quarkus starts, so they open no port and touch no database, and can
 * run beside a live server. With no argument at all the server starts directly: the command line's parser is not even
 * loaded, and the start is as fast as it was.
 */
@QuarkusMain
public class Main {

    public static void main(String... args) {
        if (args.length == 0) {
            exitIfFailed(ServeCommand.serve());
            return;
        }
        System.exit(QuizCommand.commandLine(System.out, System.err).execute(args));
    }

    private static void exitIfFailed(int status) {
        if (status != 0) {
            System.exit(status);
        }
    }
}
