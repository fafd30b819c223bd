package org.cyberpolicy.quiz.web.student;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.cyberpolicy.quiz.attempt.AttemptService;
import org.cyberpolicy.quiz.attempt.CourseTimeConfig;
import org.cyberpolicy.quiz.attempt.QuizProgress;
import org.cyberpolicy.quiz.bank.Bank;
import org.cyberpolicy.quiz.bank.CurrentBank;
import org.cyberpolicy.quiz.web.CallerAccount;
import org.cyberpolicy.quiz.web.format.Numbers;
import org.cyberpolicy.quiz.web.format.TimeTag;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The front page: the quizzes of the bank in service and, for someone signed in, where they stand in each. */
@Path("/")
public class HomeResource {

    /** A quiz on the front page, with the visitor's attempts when signed in. */
    public record QuizCard(QuizSummary quiz, Optional<QuizProgress> progress, Optional<String> best,
            Optional<TimeTag> opens, Optional<TimeTag> closes) {

        public boolean open() {
            return progress.flatMap(QuizProgress::openAttemptId).isPresent();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<QuizCard> quizzes, Bank bank);
    }

    private final CurrentBank currentBank;
    private final AttemptService attempts;
    private final CallerAccount caller;

    private final CourseTimeConfig time;

    HomeResource(CurrentBank currentBank, AttemptService attempts, CallerAccount caller, CourseTimeConfig time) {
        this.time = time;
        this.currentBank = currentBank;
        this.attempts = attempts;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance index() {
        Bank bank = currentBank.get();
        Map<String, QuizProgress> progress = caller.find().map(account -> attempts.progress(account.id))
                .orElse(Map.of());
        return Templates.index(bank.quizzes().values().stream().map(quiz -> {
            Optional<QuizProgress> mine = Optional.ofNullable(progress.get(quiz.id()));
            // A signed-in student's own times (an instructor may have granted them some), the quiz's otherwise.
            Optional<Instant> opens = mine.isPresent() ? mine.get().opens() : quiz.schedule().opensAt(time.timeZone());
            Optional<Instant> closes = mine.isPresent() ? mine.get().closes()
                    : quiz.schedule().closesAt(time.timeZone());
            return new QuizCard(QuizSummary.of(quiz), mine,
                    mine.flatMap(QuizProgress::bestPercent).map(p -> Numbers.plain(p) + "%"), opens.map(TimeTag::of),
                    closes.map(TimeTag::of));
        }).toList(), bank);
    }
}
