package org.cyberpolicy.quiz.web;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.cyberpolicy.quiz.bank.Bank;
import org.cyberpolicy.quiz.bank.CurrentBank;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The front page: the quizzes of the bank in service. */
@Path("/")
public class HomeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<QuizSummary> quizzes, Bank bank);
    }

    private final CurrentBank currentBank;

    HomeResource(CurrentBank currentBank) {
        this.currentBank = currentBank;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance index() {
        Bank bank = currentBank.get();
        return Templates.index(bank.quizzes().values().stream().map(QuizSummary::of).toList(), bank);
    }
}
