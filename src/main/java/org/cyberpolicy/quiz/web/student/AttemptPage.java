package org.cyberpolicy.quiz.web.student;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import org.cyberpolicy.quiz.attempt.AttemptHead;
import org.cyberpolicy.quiz.attempt.AttemptService;
import org.cyberpolicy.quiz.attempt.AttemptSheet;
import org.cyberpolicy.quiz.attempt.QuestionStatus;
import org.cyberpolicy.quiz.web.CallerAccount;
import org.cyberpolicy.quiz.web.errors.UnreadableForms;
import org.cyberpolicy.quiz.web.format.Times;
import org.cyberpolicy.quiz.web.questions.AttemptReview;
import org.cyberpolicy.quiz.web.questions.FormResponses;
import org.cyberpolicy.quiz.web.questions.QuestionForm;
import org.cyberpolicy.quiz.web.questions.ReviewItem;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * The attempt page (answering, saving, flagging, submitting), the summary to confirm before submitting, and the review
 * page, for the attempt's owner. Everything works with forms alone; {@code js/attempt.js} adds autosave, flags without
 * a reload and the summary as a dialog, through the two small endpoints at the end (same forms, same CSRF token).
 */
@Path("/attempts/{id}")
@Authenticated
public class AttemptPage {

    /**
     * What the attempt page shows above and around the questions, which come already rendered (see
     * {@link RenderedQuestions}).
     */
    public record Sheet(long id, String quizTitle, int number, boolean practice, long answered, int questionCount,
            String questionsHtml, Optional<String> deadline, Optional<String> deadlineIso, Optional<String> timeLeft,
            Optional<String> notice, Optional<String> problem) {
    }

    /**
     * One question of the attempt page with all its loop iteration shows, so that nothing inside the loop looks up the
     * page (see {@link QuestionForm} for why).
     *
     * @param checked  the review of a practice question checked on its own; its answer is locked
     * @param practice whether the question gets its own "check" button
     * @param flagged  whether the student flagged it to come back to
     */
    public record SheetItem(QuestionForm q, Optional<ReviewItem> checked, boolean practice, boolean flagged) {
    }

    /** The summary before the final submit, as a page of its own (the attempt page shows it as a dialog). */
    public record Confirm(long id, String quizTitle, int number, long answered, long blank, long flagged,
            List<QuestionStatus> questions, Optional<String> deadline, Optional<String> timeLeft) {
    }

    /** What an autosave answers the page's script: the counts, each question's standing and the values refused. */
    public record AutosaveJson(long answered, int questions, long flagged, List<QuestionStatus> statuses,
            Map<String, String> refused) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sheet(Sheet page);

        static native TemplateInstance questions(List<SheetItem> questions);

        static native TemplateInstance review(AttemptReview page);

        static native TemplateInstance confirm(Confirm page);
    }

    private final AttemptService attempts;
    private final CallerAccount caller;
    private final RenderedQuestions renderedQuestions;

    AttemptPage(AttemptService attempts, CallerAccount caller, RenderedQuestions renderedQuestions) {
        this.attempts = attempts;
        this.caller = caller;
        this.renderedQuestions = renderedQuestions;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@PathParam("id") long id, @QueryParam("saved") boolean saved) {
        long account = caller.id();
        // An open attempt whose answers have not changed since its page was last rendered: only its head is read.
        Optional<AttemptHead> head = attempts.openHead(account, id);
        Optional<RenderedQuestions.Rendered> known = head.flatMap(renderedQuestions::of);
        if (known.isPresent()) {
            AttemptHead attempt = head.get();
            return Response.ok(Templates.sheet(page(attempt.id(), attempt.quizTitle(), attempt.number(),
                    attempt.practice(), attempt.deadline(), known.get(), savedNotice(saved, attempt.deadline()),
                    Optional.empty()))).build();
        }
        AttemptService.View view = attempts.view(account, id);
        if (view instanceof AttemptService.OpenView open) {
            RenderedQuestions.Rendered questions = questions(open.sheet(), Map.of());
            renderedQuestions.keep(open.sheet(), questions);
            return Response.ok(Templates.sheet(page(open.sheet(), questions,
                    savedNotice(saved, open.sheet().deadline()), Optional.empty()))).build();
        }
        return seeOther(id + "/review");
    }

    private static Optional<String> savedNotice(boolean saved, Optional<Instant> deadline) {
        return saved ? Optional.of("Your answers are saved. You can come back to them until you submit"
                + (deadline.isPresent() ? " or the time runs out." : ".")) : Optional.empty();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response answer(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        UnreadableForms.refuseUndecodable(form);
        String action = Optional.ofNullable(form.getFirst("action")).orElse("save");
        boolean submit = "submit".equals(action);
        // "flag:<question id>" and "unflag:<question id>", the toggle under each question without JavaScript.
        Optional<Boolean> flag = action.startsWith("flag:") ? Optional.of(true)
                : action.startsWith("unflag:") ? Optional.of(false) : Optional.empty();
        // "check:<question id>", a practice attempt's button under each question.
        Optional<String> check = action.startsWith("check:") ? Optional.of(action.substring("check:".length()))
                : Optional.empty();
        try {
            AttemptService.View view = attempts.view(caller.id(), id);
            if (!(view instanceof AttemptService.OpenView open)) {
                // Submitted or out of time meanwhile: the review tells the student what counted.
                return seeOther(id + "/review");
            }
            Map<String, String> refused = attempts.saveValid(caller.id(), id,
                    FormResponses.of(open.sheet().questions(), form), submit);
            if (!refused.isEmpty()) {
                AttemptService.View again = attempts.view(caller.id(), id);
                if (again instanceof AttemptService.OpenView reopened) {
                    Sheet page = page(reopened.sheet(), questions(reopened.sheet(), refused), Optional.empty(),
                            Optional.of("Some answers could not be saved; the others are. Please correct the questions"
                                    + " marked below" + (submit ? ", then submit again." : ".")));
                    return Response.status(400).entity(Templates.sheet(page)).build();
                }
                return seeOther(id + "/review");
            }
            if (submit) {
                attempts.submit(caller.id(), id, Map.of());
                return seeOther(id + "/review");
            }
            if (check.isPresent()) {
                int position = attempts.check(caller.id(), id, check.get(), Optional.empty()).position();
                return seeOther(id + "#question-" + position);
            }
            if (flag.isPresent()) {
                int position = attempts.flag(caller.id(), id, action.substring(action.indexOf(':') + 1), flag.get());
                return seeOther(id + "?saved=true#question-" + position);
            }
            if ("confirm".equals(action)) {
                return seeOther(id + "/confirm");
            }
            // "save:<position>", the Save button under each question: back to that question, not to the top.
            return seeOther(id + "?saved=true" + savedAt(action, open.sheet().questions().size()));
        } catch (Refusal refused) {
            if (refused.reason() != Refusal.Reason.CONFLICT) {
                throw refused;
            }
            // Still open: the check was refused (an open exam holds the question back); the page says why.
            if (attempts.view(caller.id(), id) instanceof AttemptService.OpenView still) {
                Sheet page = page(still.sheet(), questions(still.sheet(), Map.of()), Optional.empty(),
                        Optional.of(refused.getMessage()));
                return Response.status(409).entity(Templates.sheet(page)).build();
            }
            // Submitted or out of time meanwhile: the review tells the student what counted.
            return seeOther(id + "/review");
        }
    }

    /** The anchor of the question a "save:<position>" names, if it is one of the attempt's; nothing otherwise. */
    private static String savedAt(String action, int questionCount) {
        if (action.startsWith("save:")) {
            String position = action.substring("save:".length());
            if (position.matches("[1-9][0-9]{0,3}") && Integer.parseInt(position) <= questionCount) {
                return "#question-" + position;
            }
        }
        return "";
    }

    /**
     * The summary before the final submit: answered, blank and flagged questions, each linked back to its place on
     * the attempt page, and the button that submits. A closed attempt goes to its review.
     */
    @GET
    @Path("/confirm")
    @Produces(MediaType.TEXT_HTML)
    public Response confirm(@PathParam("id") long id) {
        AttemptService.View view = attempts.view(caller.id(), id);
        if (!(view instanceof AttemptService.OpenView open)) {
            return seeOther(id + "/review");
        }
        AttemptSheet sheet = open.sheet();
        List<QuestionStatus> statuses = sheet.statuses();
        long answered = QuestionStatus.answered(statuses);
        return Response.ok(Templates.confirm(new Confirm(sheet.id(), sheet.quizTitle(), sheet.number(), answered,
                statuses.size() - answered, QuestionStatus.flagged(statuses), statuses,
                sheet.deadline().map(Times::readable),
                sheet.deadline().map(d -> Times.remaining(Duration.between(Instant.now(), d)))))).build();
    }

    /**
     * "Submit now" on the summary page: submits with the answers as saved (the page has no answer fields, so unlike
     * the attempt page's form it must not be read as a page of blank answers). Submitting an attempt already closed
     * shows its review.
     */
    @POST
    @Path("/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response submitAsSaved(@PathParam("id") long id) {
        attempts.submit(caller.id(), id, Map.of());
        return seeOther(id + "/review");
    }

    /**
     * The page's autosave: the whole form, as the Save button sends it, saved a moment after each change and when the
     * page is left (js/attempt.js). Every value that fits is saved; the answer lists the others, and the counts.
     */
    @POST
    @Path("/autosave")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public AutosaveJson autosave(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        UnreadableForms.refuseUndecodable(form);
        AttemptService.View view = attempts.view(caller.id(), id);
        if (!(view instanceof AttemptService.OpenView open)) {
            throw Refusal.conflict("This attempt is closed; its answers can no longer change.");
        }
        AttemptService.Autosaved saved = attempts.autosave(caller.id(), id,
                FormResponses.of(open.sheet().questions(), form));
        return new AutosaveJson(QuestionStatus.answered(saved.questions()), saved.questions().size(),
                QuestionStatus.flagged(saved.questions()), saved.questions(), saved.refused());
    }

    /** The flag toggle with JavaScript: {@code question} and {@code flagged=true|false}; 204. */
    @POST
    @Path("/flag")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public void flag(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        UnreadableForms.refuseUndecodable(form);
        String question = form.getFirst("question");
        String flagged = form.getFirst("flagged");
        if (question == null || question.isBlank() || !("true".equals(flagged) || "false".equals(flagged))) {
            throw Refusal.invalid("The form must name the question and say flagged=true or flagged=false.");
        }
        attempts.flag(caller.id(), id, question, Boolean.parseBoolean(flagged));
    }

    @GET
    @Path("/review")
    @Produces(MediaType.TEXT_HTML)
    public Response review(@PathParam("id") long id) {
        AttemptService.View view = attempts.view(caller.id(), id);
        if (view instanceof AttemptService.ClosedView closed) {
            return Response.ok(Templates.review(AttemptReview.of(closed.result()))).build();
        }
        return seeOther(String.valueOf(id));
    }

    /** The attempt's questions rendered, with the given error under each question it names. */
    private static RenderedQuestions.Rendered questions(AttemptSheet attempt, Map<String, String> errors) {
        List<SheetItem> questions = attempt.questions().stream().map(QuestionForm::of)
                .map(q -> errors.containsKey(q.id()) ? q.withError(errors.get(q.id())) : q)
                .map(q -> new SheetItem(q, Optional.ofNullable(attempt.checked().get(q.id())).map(ReviewItem::of),
                        attempt.practice(), attempt.flagged().contains(q.id())))
                .toList();
        return new RenderedQuestions.Rendered(Templates.questions(questions).render(), attempt.answered(),
                questions.size());
    }

    private static Sheet page(AttemptSheet attempt, RenderedQuestions.Rendered questions, Optional<String> notice,
            Optional<String> problem) {
        return page(attempt.id(), attempt.quizTitle(), attempt.number(), attempt.practice(), attempt.deadline(),
                questions, notice, problem);
    }

    private static Sheet page(long id, String quizTitle, int number, boolean practice, Optional<Instant> deadline,
            RenderedQuestions.Rendered questions, Optional<String> notice, Optional<String> problem) {
        return new Sheet(id, quizTitle, number, practice, questions.answered(), questions.count(), questions.html(),
                deadline.map(Times::readable), deadline.map(d -> d.truncatedTo(ChronoUnit.MILLIS).toString()),
                deadline.map(d -> Times.remaining(Duration.between(Instant.now(), d))), notice, problem);
    }

    static Response seeOther(String attemptPath) {
        return Response.seeOther(URI.create("/attempts/" + attemptPath)).build();
    }
}
