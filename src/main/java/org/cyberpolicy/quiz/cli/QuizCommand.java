package org.cyberpolicy.quiz.cli;

import java.io.PrintStream;
import java.io.PrintWriter;

import org.cyberpolicy.quiz.bank.ValidateCommand;
import org.cyberpolicy.quiz.interop.ExportCommand;
import org.cyberpolicy.quiz.interop.ImportCommand;
import org.eclipse.microprofile.config.ConfigProvider;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/**
 * The commands of the packaged application, {@code java -jar quarkus-run.jar COMMAND}: {@code serve} (what it does
 * with no command at all), {@code validate}, and the imports and exports of Moodle's formats ({@code import-gift},
 * {@code import-moodle-xml}, {@code export-gift}, {@code export-moodle-xml}). An unknown command or a bad argument
 * prints the usage and exits with 2; {@code --help} lists the commands. New commands are subcommands here.
 */
@Command(name = "quiz", mixinStandardHelpOptions = true, versionProvider = QuizCommand.Version.class,
        description = "The cyber-policy quiz: a web app for quizzes and training on sourced facts.%n"
                + "Without a command it starts the web server, as 'serve' does.",
        subcommands = { ServeCommand.class, ValidateCommand.class, ImportCommand.Gift.class,
                ImportCommand.MoodleXml.class, ExportCommand.Gift.class, ExportCommand.MoodleXml.class,
                HelpCommand.class })
public class QuizCommand implements Runnable {

    /** Exit status of a command line that could not be followed: unknown command, wrong arguments. */
    public static final int USAGE = CommandLine.ExitCode.USAGE;

    /** The command line with every command, printing to the given streams. */
    public static CommandLine commandLine(PrintStream out, PrintStream err) {
        CommandLine line = new CommandLine(new QuizCommand(), new Factory(out, err));
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        line.setParameterExceptionHandler(QuizCommand::usageError);
        return line;
    }

    /** What was wrong, then the usage of the command it concerns, on the error stream: exit status 2. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        command.usage(err);
        return USAGE;
    }

    /** {@code java -jar quarkus-run.jar quiz} alone: the usage. */
    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /** Commands are built with the streams they print to, so that tests can read what they say. */
    private record Factory(PrintStream out, PrintStream err) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                return type.getConstructor(PrintStream.class, PrintStream.class).newInstance(out, err);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }

    /** The application's version, as the build recorded it. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] { "cyber-policy-quiz " + ConfigProvider.getConfig()
                    .getOptionalValue("quarkus.application.version", String.class).orElse("(unknown version)") };
        }
    }
}
