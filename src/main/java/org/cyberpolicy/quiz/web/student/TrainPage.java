package org.cyberpolicy.quiz.web.student;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.cyberpolicy.quiz.Refusal;
import org.cyberpolicy.quiz.engine.InvalidResponseException;
import org.cyberpolicy.quiz.engine.ResponseInput;
import org.cyberpolicy.quiz.training.Grade;
import org.cyberpolicy.quiz.training.TrainingClock;
import org.cyberpolicy.quiz.training.TrainingConfig;
import org.cyberpolicy.quiz.training.TrainingProgress;
import org.cyberpolicy.quiz.training.TrainingService;
import org.cyberpolicy.quiz.web.CallerAccount;
import org.cyberpolicy.quiz.web.format.Times;
import org.cyberpolicy.quiz.web.questions.FormResponses;
import org.cyberpolicy.quiz.web.questions.QuestionForm;
import org.cyberpolicy.quiz.web.questions.ReviewItem;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * Training in the browser, one question at a time, without JavaScript: choose topics, answer, see at once whether it
 * was right with the answer, the feedback and the sources, optionally say it was hard or easy, go on.
 */
@Path("/train")
@Authenticated
public class TrainPage {

    /** A topic on the start page. */
    public record TagChoice(String tag, long questions, boolean checked) {
    }

    public record Start(List<TagChoice> tags, int dueNow, int met, int facts, int newLeft, String newFactsRule) {
    }

    /** A question to answer; {@code tags} is the session's limit, carried from page to page. */
    public record Asked(String token, QuestionForm question, boolean introduces, List<String> tags, int dueNow,
            int newLeftToday, Optional<String> problem) {
    }

    /** When a fact comes back, in words. */
    public record Comeback(String statement, String when, String at) {
    }

    public record Answered(String token, ReviewItem item, String grade, boolean mayRate, boolean rated,
            List<Comeback> comebacks, List<String> tags) {
    }

    /** Nothing to train; {@code mayLearnMore} offers "learn more today" when new facts wait for tomorrow. */
    public record Done(String message, Optional<String> nextDue, Optional<String> nextDueAt, List<String> tags,
            boolean mayLearnMore, int more) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance start(Start page);

        static native TemplateInstance question(Asked page);

        static native TemplateInstance answered(Answered page);

        static native TemplateInstance done(Done page);
    }

    private final TrainingService training;
    private final TrainingProgress progress;
    private final TrainingClock clock;
    private final CallerAccount caller;
    private final TrainingConfig config;

    TrainPage(TrainingService training, TrainingProgress progress, TrainingClock clock, CallerAccount caller,
            TrainingConfig config) {
        this.training = training;
        this.progress = progress;
        this.clock = clock;
        this.caller = caller;
        this.config = config;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance start(@QueryParam("tag") List<String> tags) {
        Set<String> checked = Set.copyOf(tags);
        var mine = progress.student(caller.id());
        List<TagChoice> choices = training.tags().entrySet().stream()
                .map(e -> new TagChoice(e.getKey(), e.getValue(), checked.contains(e.getKey()))).toList();
        return Templates.start(new Start(choices, mine.dueNow(), mine.met(), mine.facts().size(),
                mine.newFactsToday().left(), mine.newFactsToday().rule()));
    }

    @POST
    @Path("/next")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response next(MultivaluedMap<String, String> form) {
        return nextOf(sessionTags(form));
    }

    /** "Learn more today": raises today's allowance of new facts, then goes on with the session. */
    @POST
    @Path("/more")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response more(MultivaluedMap<String, String> form) {
        Set<String> tags = sessionTags(form);
        training.learnMoreToday(caller.id());
        return nextOf(tags);
    }

    private static Set<String> sessionTags(MultivaluedMap<String, String> form) {
        Set<String> tags = new LinkedHashSet<>(Optional.ofNullable(form.get("tag")).orElse(List.of()));
        tags.removeIf(String::isBlank);
        return tags;
    }

    private Response nextOf(Set<String> tags) {
        TrainingService.Next next = training.next(caller.id(), tags);
        if (next instanceof TrainingService.Asked asked) {
            return seeOther(asked.token());
        }
        TrainingService.NothingDue done = (TrainingService.NothingDue) next;
        boolean mayLearnMore = done.newFactsWait()
                && done.today().extra() + config.moreNewFacts() <= TrainingService.MAX_EXTRA_PER_DAY;
        return Response.ok(Templates.done(new Done(done.message(), done.nextDue().map(d -> Times.until(clock.now(), d)),
                done.nextDue().map(Times::readable), List.copyOf(done.tags()), mayLearnMore, config.moreNewFacts())))
                .build();
    }

    @GET
    @Path("/q/{token}")
    @Produces(MediaType.TEXT_HTML)
    public Response show(@PathParam("token") String token) {
        TrainingService.Item item = training.item(caller.id(), token);
        if (item instanceof TrainingService.Pending pending) {
            return Response.ok(Templates.question(asked(pending.asked(), Optional.empty()))).build();
        }
        return Response.ok(Templates.answered(answered(((TrainingService.Done) item).answered()))).build();
    }

    @POST
    @Path("/q/{token}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response answer(@PathParam("token") String token, MultivaluedMap<String, String> form) {
        try {
            TrainingService.Item item = training.item(caller.id(), token);
            if (!(item instanceof TrainingService.Pending pending)) {
                return seeOther(token);
            }
            boolean dontKnow = "dontknow".equals(form.getFirst("action"));
            ResponseInput input = dontKnow ? ResponseInput.NONE : FormResponses.of(form);
            try {
                if (!dontKnow && input.readFor(pending.asked().question()).isEmpty()) {
                    return Response.status(400).entity(Templates.question(asked(pending.asked(), Optional.of(
                            "Give an answer, or press \u201cI don\u2019t know\u201d to see it.")))).build();
                }
                training.answer(caller.id(), token, input, Optional.empty());
            } catch (InvalidResponseException invalid) {
                return Response.status(400)
                        .entity(Templates.question(asked(pending.asked(), Optional.of(invalid.getMessage())))).build();
            } catch (Refusal notNow) {
                // Held back by an open exam (answered meanwhile in another tab is shown by the redirect below).
                if (notNow.reason() == Refusal.Reason.CONFLICT
                        && training.item(caller.id(), token) instanceof TrainingService.Pending still) {
                    return Response.status(409)
                            .entity(Templates.question(asked(still.asked(), Optional.of(notNow.getMessage())))).build();
                }
                throw notNow;
            }
            return seeOther(token);
        } catch (Refusal refused) {
            return answeredAlready(refused, token);
        }
    }

    @POST
    @Path("/q/{token}/rating")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response rate(@PathParam("token") String token, MultivaluedMap<String, String> form) {
        Grade rating = Grade.ofStudentRating(form.getFirst("rating")).orElseThrow(
                () -> Refusal.invalid("The rating must be \u201chard\u201d or \u201ceasy\u201d."));
        try {
            training.rate(caller.id(), token, rating);
            return seeOther(token);
        } catch (Refusal refused) {
            return answeredAlready(refused, token);
        }
    }

    /** A conflict (answered or rated already, in another tab say) shows the question as it now stands. */
    private static Response answeredAlready(Refusal refused, String token) {
        if (refused.reason() == Refusal.Reason.CONFLICT) {
            return seeOther(token);
        }
        throw refused;
    }

    private static Asked asked(TrainingService.Asked asked, Optional<String> problem) {
        QuestionForm form = QuestionForm.of(asked.question());
        return new Asked(asked.token(), problem.map(form::withError).orElse(form), asked.introduces(),
                List.copyOf(asked.tags()), asked.dueNow(), asked.newLeftToday(), problem);
    }

    private Answered answered(TrainingService.Answered answered) {
        var now = clock.now();
        List<Comeback> comebacks = answered.outcomes().stream().map(o -> new Comeback(o.fact().statement(),
                Times.until(now, o.due()), Times.readable(o.due()))).toList();
        return new Answered(answered.token(), ReviewItem.of(answered.reviewed()), answered.grade().apiName(),
                answered.mayRate(), answered.rated(), comebacks, List.copyOf(answered.tags()));
    }

    private static Response seeOther(String token) {
        return Response.seeOther(URI.create("/train/q/" + token)).build();
    }
}
