package org.cyberpolicy.quiz.web.instructor;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.cyberpolicy.quiz.Refusal;
import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.bank.BankProblem;
import org.cyberpolicy.quiz.bank.CurrentBank;
import org.cyberpolicy.quiz.bank.edit.BankFile;
import org.cyberpolicy.quiz.bank.edit.BankFiles;
import org.cyberpolicy.quiz.bank.edit.EditResult;
import org.cyberpolicy.quiz.bank.edit.FileText;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Editing one bank file in the browser. A save is checked against the whole bank first: only a valid bank is written
 * and put in service; otherwise the page comes back with the edit and every error (file, line and column), and the
 * file on disk is untouched. A save made from a stale copy of the file is refused, so that no change is lost.
 */
@Path("/instructor/bank/files/{path: .+}")
@RolesAllowed(Account.INSTRUCTOR)
public class BankFilePage {

    /** One numbered line of the listing; {@code id="L<number>"} makes {@code #L<number>} land on it. */
    public record Line(int number, String text, boolean flagged) {
    }

    /**
     * The editor page.
     *
     * @param text         what the text area holds: the file, or the edit that could not be saved
     * @param hash         the hash of the file on disk that the edit replaces
     * @param listingTitle what the numbered listing shows: the file, the edit, or the file as now on disk
     * @param askToConfirm whether the form offers to confirm an edit that leaves the course without quizzes
     */
    public record Editor(String file, String action, String text, String hash, String listingTitle, List<Line> lines,
            List<ProblemLine> errors, List<ProblemLine> warnings, Optional<String> notice, Optional<String> problem,
            boolean askToConfirm) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance editor(Editor page);

    }

    private final CurrentBank currentBank;

    BankFilePage(CurrentBank currentBank) {
        this.currentBank = currentBank;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@PathParam("path") String path, @QueryParam("saved") boolean saved) {
        BankFile file = files().resolve(path);
        FileText onDisk = files().read(file);
        Optional<String> notice = saved ? Optional.of("Saved. The bank with this file is valid; version "
                + currentBank.get().version() + " is in service.") : Optional.empty();
        return page(200, file, onDisk.text(), onDisk.hash(), "The file, line by line", onDisk.text(), List.of(),
                List.of(), notice, Optional.empty(), false);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response save(@PathParam("path") String path, @FormParam("content") String content,
            @FormParam("hash") String hash, @FormParam("confirm") boolean confirm) {
        BankFile file = files().resolve(path);
        if (content == null || hash == null) {
            throw Refusal.invalid("The form sent no file content or no version of the file; open the editor again.");
        }
        // Browsers send a text area's lines with CRLF; the bank's files keep plain newlines.
        String text = content.replace("\r\n", "\n");
        EditResult result = currentBank.save(file, text, hash, confirm);
        if (result instanceof EditResult.Saved) {
            return Response.seeOther(URI.create(ProblemLine.editorPath(file.relative()) + "?saved=true")).build();
        }
        if (result instanceof EditResult.Invalid invalid) {
            int count = invalid.errors().size();
            return page(422, file, text, hash, "Your edit, line by line", text, invalid.errors(), invalid.warnings(),
                    Optional.empty(), Optional.of("The bank with this edit would have " + count
                            + (count == 1 ? " error" : " errors") + ", so nothing was saved: the file on disk is"
                            + " unchanged and version " + currentBank.get().version() + " stays in service."
                            + " Correct the edit below and save again."), false);
        }
        if (result instanceof EditResult.Unconfirmed unconfirmed) {
            // Valid, but it empties the course: the same edit comes back with a box to tick, and saving it again
            // with the box ticked writes it.
            return page(409, file, text, hash, "Your edit, line by line", text, List.of(), unconfirmed.warnings(),
                    Optional.empty(), Optional.of("Nothing was saved yet: the bank with this edit is valid, but "
                            + unconfirmed.loss() + ". If that is what you want, tick the box below and save again;"
                            + " version " + currentBank.get().version() + " stays in service until then."), true);
        }
        EditResult.Stale stale = (EditResult.Stale) result;
        // The form now carries the hash of what is on disk, so saving again replaces it knowingly.
        return page(409, file, text, stale.onDisk().hash(), "The file as it is on disk now", stale.onDisk().text(),
                List.of(), List.of(), Optional.empty(), Optional.of("The file changed on disk after you opened it,"
                        + " so your edit was not saved. Compare your edit (in the text area) with the file as it"
                        + " is now (listed below); saving again replaces the file with your edit."), false);
    }

    private Response page(int status, BankFile file, String text, String hash, String listingTitle, String listed,
            List<BankProblem> errors, List<BankProblem> warnings, Optional<String> notice, Optional<String> problem,
            boolean askToConfirm) {
        Set<Integer> flagged = errors.stream()
                .filter(e -> files().relativeOf(e.location().file()).filter(file.relative()::equals).isPresent())
                .map(e -> e.location().line()).collect(Collectors.toSet());
        Editor page = new Editor(file.relative(), ProblemLine.editorPath(file.relative()), text, hash, listingTitle,
                lines(listed, flagged), here(errors, file), here(warnings, file), notice, problem, askToConfirm);
        return Response.status(status).type(MediaType.TEXT_HTML).entity(Templates.editor(page)).build();
    }

    /** Problems in the file being edited link to the listing on this page, which shows the edit; others to their file. */
    private List<ProblemLine> here(List<BankProblem> problems, BankFile file) {
        return problems.stream().map(problem -> {
            ProblemLine line = ProblemLine.of(problem, files());
            boolean sameFile = files().relativeOf(problem.location().file()).filter(file.relative()::equals)
                    .isPresent();
            return sameFile ? new ProblemLine(line.where(), line.message(),
                    Optional.of("#L" + problem.location().line())) : line;
        }).toList();
    }

    private static List<Line> lines(String text, Set<Integer> flagged) {
        String[] split = text.split("\n", -1);
        int count = text.endsWith("\n") ? split.length - 1 : split.length;
        List<Line> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            lines.add(new Line(i + 1, split[i], flagged.contains(i + 1)));
        }
        return lines;
    }

    private BankFiles files() {
        return currentBank.files();
    }
}
