package org.cyberpolicy.quiz.web.instructor;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.cyberpolicy.quiz.Refusal;
import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.bank.Bank;
import org.cyberpolicy.quiz.bank.CurrentBank;
import org.cyberpolicy.quiz.interop.ExportSelection;
import org.cyberpolicy.quiz.interop.gift.GiftWriter;
import org.cyberpolicy.quiz.interop.moodle.MoodleXmlWriter;

/**
 * The bank in service (or one quiz's questions) as GIFT or Moodle XML, downloaded from the bank page. Instructors
 * only: the files hold every answer key, so they are never cached either.
 */
@Path("/instructor/bank-export")
@RolesAllowed(Account.INSTRUCTOR)
public class QuestionExportDownloads {

    private final CurrentBank currentBank;

    QuestionExportDownloads(CurrentBank currentBank) {
        this.currentBank = currentBank;
    }

    @GET
    @Path("questions.gift")
    public Response gift(@QueryParam("quiz") String quiz) {
        return download(quiz, "gift", "text/plain; charset=UTF-8", GiftWriter::write);
    }

    @GET
    @Path("questions.xml")
    public Response moodleXml(@QueryParam("quiz") String quiz) {
        return download(quiz, "xml", "application/xml; charset=UTF-8", MoodleXmlWriter::write);
    }

    private Response download(String quiz, String extension, String mediaType,
            Function<ExportSelection, String> writer) {
        Bank bank = currentBank.get();
        Optional<String> quizId = Optional.ofNullable(quiz).map(String::strip).filter(q -> !q.isEmpty());
        if (quizId.isPresent() && bank.quiz(quizId.get()).isEmpty()) {
            throw Refusal.invalid("quiz: the bank has no quiz '" + quizId.get() + "'");
        }
        ExportSelection selection = ExportSelection.of(bank, quizId);
        // The quiz id is one of the bank's (kebab-case), so the file name needs no quoting beyond this.
        String name = quizId.orElse("question-bank") + "-" + bank.version() + "." + extension;
        return Response.ok(writer.apply(selection).getBytes(StandardCharsets.UTF_8))
                .type(mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
