package org.cyberpolicy.quiz.web.instructor;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.cyberpolicy.quiz.attempt.AttemptState;
import org.cyberpolicy.quiz.attempt.Overrides;
import org.cyberpolicy.quiz.bank.Quiz;
import org.cyberpolicy.quiz.results.AttemptLine;
import org.cyberpolicy.quiz.web.format.Numbers;
import org.cyberpolicy.quiz.web.format.TimeTag;

/**
 * The accommodations part of the quiz's results page and of a student's page ({@code includes/accommodations.html}):
 * the overrides granted, a form to grant one, and buttons that end an open attempt or reopen a closed one.
 *
 * @param back        where the forms come back to
 * @param quizId      the quiz of the form when the page is a quiz's; empty on a student's page (a menu then)
 * @param username    the student of the form when the page is a student's; empty on a quiz's page (a field then)
 * @param zone        the course's zone, in which the form's date-times without offset are read
 * @param notice      what the last form did
 */
public record AccommodationsView(String back, List<Row> overrides, List<AttemptAction> attempts,
        List<QuizChoice> quizzes,
        Optional<String> quizId, Optional<String> username, String zone, Optional<String> notice) {

    /** One override, in words. */
    public record Row(String quizId, String quizTitle, String username, String displayName, String grants) {
    }

    /** An attempt an instructor may end (open) or reopen (closed). */
    public record AttemptAction(long id, String label, boolean open) {
    }

    public record QuizChoice(String id, String title) {
    }

    static AccommodationsView of(String back, List<Overrides.Granted> granted, List<AttemptLine> attempts,
            List<Quiz> quizzes, Optional<String> quizId, Optional<String> username, ZoneId zone, String done) {
        List<Row> rows = granted.stream().map(g -> new Row(g.quizId(), quizzes.stream()
                .filter(q -> q.id().equals(g.quizId())).map(Quiz::title).findFirst().orElse(g.quizId()), g.username(),
                g.displayName(), grants(g))).toList();
        List<AttemptAction> actions = attempts.stream().map(a -> new AttemptAction(a.attemptId(),
                (username.isPresent() ? a.quizTitle() : a.displayName() + " (" + a.username() + ")") + ", attempt "
                        + a.number(), a.state() == AttemptState.OPEN)).toList();
        return new AccommodationsView(back, rows, actions, quizzes.stream().map(q -> new QuizChoice(q.id(), q.title()))
                .toList(), quizId, username, zone.getId(), notice(done));
    }

    /** What the last form did, from the page's {@code done} parameter. */
    private static Optional<String> notice(String done) {
        return Optional.ofNullable(done).map(d -> switch (d) {
            case "granted" -> "The override is saved; it counts at once, also for an attempt already running.";
            case "removed" -> "The override is removed; the quiz's own rules apply again.";
            case "ended" -> "The attempt is ended and graded with the answers saved.";
            case "reopened" -> "The attempt is open again, for the full time limit from now.";
            default -> null;
        });
    }

    private static String grants(Overrides.Granted g) {
        StringBuilder text = new StringBuilder();
        g.allowance().timeFactor().ifPresent(f -> text.append("time \u00d7 ").append(Numbers.plain(f)).append("; "));
        g.allowance().extraMinutes().ifPresent(m -> text.append(m).append(" extra minutes; "));
        g.allowance().extraAttempts().ifPresent(a -> text.append(a).append(a == 1 ? " extra attempt; "
                : " extra attempts; "));
        g.allowance().opens().ifPresent(o -> text.append("opens ").append(TimeTag.of(o).text()).append("; "));
        g.allowance().closes().ifPresent(c -> text.append("closes ").append(TimeTag.of(c).text()).append("; "));
        return text.isEmpty() ? "nothing" : text.substring(0, text.length() - 2);
    }
}
