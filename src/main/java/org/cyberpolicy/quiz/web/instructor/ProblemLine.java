package org.cyberpolicy.quiz.web.instructor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.cyberpolicy.quiz.bank.BankProblem;
import org.cyberpolicy.quiz.bank.Location;
import org.cyberpolicy.quiz.bank.edit.BankFiles;

/**
 * A validator problem as the instructor pages show it: {@code file:line:column: message}, with a link to the line
 * in the editor when the file belongs to the bank folder.
 */
public record ProblemLine(String where, String message, Optional<String> link) {

    static List<ProblemLine> of(List<BankProblem> problems, BankFiles files) {
        return problems.stream().map(problem -> of(problem, files)).toList();
    }

    static ProblemLine of(BankProblem problem, BankFiles files) {
        Location at = problem.location();
        return new ProblemLine(at.toString(), problem.message(),
                files.relativeOf(at.file()).map(relative -> editorLink(relative, at.line())));
    }

    /**
     * The editor's address for a line of a bank file, each folder and file name URL-encoded, e.g.
     * {@code /instructor/bank/files/topics/exchange.yaml#L42}; no fragment when {@code line} is 0. For a validator
     * {@link Location}, the relative name is {@code currentBank.files().relativeOf(location.file())}.
     */
    public static String editorLink(String relative, int line) {
        return editorPath(relative) + (line > 0 ? "#L" + line : "");
    }

    /** The editor's address for a bank file named by its path relative to the bank folder. */
    public static String editorPath(String relative) {
        return "/instructor/bank/files/" + Stream.of(relative.split("/"))
                .map(segment -> URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("/"));
    }
}
