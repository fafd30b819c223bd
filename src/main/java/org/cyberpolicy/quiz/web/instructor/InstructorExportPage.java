package org.cyberpolicy.quiz.web.instructor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.cyberpolicy.quiz.Refusal;
import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.bank.CurrentBank;
import org.cyberpolicy.quiz.export.ExportFilter;
import org.cyberpolicy.quiz.export.ExportKind;
import org.cyberpolicy.quiz.export.GradebookFormat;
import org.cyberpolicy.quiz.export.PracticeAttempts;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The instructor's export page: a GET form choosing the quiz, the dates and practice attempts, and the links that
 * download each export with those filters from {@code /api/export}. Works without JavaScript; the browser's session
 * signs the downloads in.
 */
@Path("/instructor/export")
@RolesAllowed(Account.INSTRUCTOR)
public class InstructorExportPage {

    /** An option of a select: value, label, and whether it is the current choice. */
    public record Choice(String value, String label, boolean selected) {
    }

    /** One export, with its download links. */
    public record Download(String title, String description, String csv, String json) {
    }

    /** The gradebook laid out for an LMS's import: its name and the download link. */
    public record LmsGradebook(String lms, String csv) {
    }

    /** What the page shows. */
    public record Page(List<Choice> quizzes, List<Choice> practice, String from, String to, boolean bom,
            List<String> problems, List<Download> downloads, List<LmsGradebook> lmsGradebooks) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance export(Page page);
    }

    private final CurrentBank bank;

    InstructorExportPage(CurrentBank bank) {
        this.bank = bank;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@QueryParam("quiz") String quiz, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("practice") String practice, @QueryParam("bom") String bom) {
        List<String> problems = List.of();
        try {
            ExportFilter.parse(quiz, from, to, practice, bom, PracticeAttempts.EXCLUDE);
        } catch (Refusal invalid) {
            problems = invalid.problems();
        }
        List<Download> downloads = problems.isEmpty() ? downloads(quiz, from, to, practice, bom) : List.of();
        Page page = new Page(quizChoices(quiz), practiceChoices(practice), Objects.toString(from, ""),
                Objects.toString(to, ""), "true".equals(bom), problems, downloads,
                downloads.isEmpty() ? List.of() : lmsGradebooks(downloads.get(0).csv()));
        return Response.status(problems.isEmpty() ? 200 : 400).entity(Templates.export(page)).build();
    }

    private List<Choice> quizChoices(String chosen) {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice("", "All quizzes", chosen == null || chosen.isBlank()));
        bank.get().quizzes().values()
                .forEach(q -> choices.add(new Choice(q.id(), q.title(), q.id().equals(chosen))));
        return choices;
    }

    private static List<Choice> practiceChoices(String chosen) {
        String current = chosen == null ? "" : chosen;
        return List.of(
                new Choice("", "Default: left out of the gradebook, kept in the other exports", current.isBlank()),
                new Choice("exclude", "Leave practice attempts out", current.equals("exclude")),
                new Choice("include", "Include practice attempts", current.equals("include")),
                new Choice("only", "Only practice attempts", current.equals("only")));
    }

    private static List<Download> downloads(String quiz, String from, String to, String practice, String bom) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("quiz", quiz);
        query.put("from", from);
        query.put("to", to);
        query.put("practice", practice);
        query.put("bom", "true".equals(bom) ? "true" : null);
        StringBuilder parameters = new StringBuilder();
        query.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                parameters.append(parameters.isEmpty() ? "?" : "&").append(name).append('=')
                        .append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
            }
        });
        return List.of(
                download(ExportKind.GRADEBOOK, "Gradebook",
                        "One row per student: score and percent in each quiz, by the quiz's grading method. For"
                                + " a spreadsheet; for Moodle or Canvas take the gradebook below.", parameters),
                download(ExportKind.ATTEMPTS, "Attempts",
                        "One row per attempt, open ones included with an empty score.", parameters),
                download(ExportKind.RESPONSES, "Responses",
                        "One row per question of every attempt: the question's prompt, the response in words and as"
                                + " codes, the correct answer, facts, score and maximum. Holds the answer keys:"
                                + " keep it to staff.", parameters));
    }

    /** The gradebook's CSV link with {@code format=moodle} and {@code format=canvas} added to its filters. */
    private static List<LmsGradebook> lmsGradebooks(String gradebookCsv) {
        String separator = gradebookCsv.contains("?") ? "&" : "?";
        return List.of(
                new LmsGradebook("Moodle", gradebookCsv + separator + "format=" + GradebookFormat.MOODLE.parameter()),
                new LmsGradebook("Canvas", gradebookCsv + separator + "format=" + GradebookFormat.CANVAS.parameter()));
    }

    private static Download download(ExportKind kind, String title, String description, CharSequence parameters) {
        String base = "/api/export/" + kind.fileName();
        return new Download(title, description, base + ".csv" + parameters, base + ".json" + parameters);
    }
}
