package org.cyberpolicy.quiz.lti;

/** A login initiation or launch refused: the problem and what to tell the person, never the token itself. */
public class LaunchRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final LaunchProblem problem;
    private final java.util.Optional<java.time.Duration> retryAfter;

    public LaunchRefusal(LaunchProblem problem, String message) {
        this(problem, message, java.util.Optional.empty());
    }

    public LaunchRefusal(LaunchProblem problem, String message, java.util.Optional<java.time.Duration> retryAfter) {
        super(message, null, false, false);
        this.problem = problem;
        this.retryAfter = retryAfter;
    }

    /** When the same request may be made again, for {@link LaunchProblem#TOO_MANY_LOGINS}. */
    public java.util.Optional<java.time.Duration> retryAfter() {
        return retryAfter;
    }

    public LaunchProblem problem() {
        return problem;
    }

    /** A value from the request, shortened and printable, fit for a message and the log. */
    public static String shown(String value) {
        if (value == null) {
            return "";
        }
        String printable = value.replaceAll("[^\\x20-\\x7e]", "?");
        return printable.length() <= 80 ? printable : printable.substring(0, 80) + "…";
    }
}
