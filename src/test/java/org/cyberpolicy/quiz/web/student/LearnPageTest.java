package org.cyberpolicy.quiz.web.student;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.cyberpolicy.quiz.bank.Bank;
import org.cyberpolicy.quiz.bank.CurrentBank;
import org.cyberpolicy.quiz.bank.Fact;
import org.cyberpolicy.quiz.briefing.BriefingBook;
import org.cyberpolicy.quiz.testing.TestAccounts;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * The briefing pages on the shipped bank: each topic's facts with their sources, quotations and notes; a fact's
 * address; and, while an exam is open, none of the facts it tests.
 */
@QuarkusTest
public class LearnPageTest {

    private static final String EXAM = "indictments-exam";

    @Inject
    CurrentBank currentBank;

    private static String page(String student, String path) {
        return TestAccounts.as(student).get(path).then().statusCode(200).extract().asString();
    }

    /** Every /learn page: the index and each topic's. */
    private List<String> everyPage(String student) {
        List<String> pages = new ArrayList<>();
        pages.add(page(student, "/learn"));
        for (var topic : BriefingBook.of(currentBank.get()).topics()) {
            pages.add(page(student, LearnPage.topicHref(topic.id())));
        }
        return pages;
    }

    /** How a text of the bank reads once Qute has escaped it for HTML. */
    static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        RestAssured.given().redirects().follow(false).get("/learn/indictments").then().statusCode(302)
                .header("Location", containsString("/login"));
    }

    @Test
    void theIndexListsEveryTopicWithItsTitleAndTheTimeline() {
        String index = page(TestAccounts.student(), "/learn");
        assertTrue(index.contains("<a href=\"/learn/indictments\">The charges of July 2021</a>"), index);
        assertTrue(index.contains("<a href=\"/learn/exchange\">The Microsoft Exchange attack</a>"), index);
        assertTrue(index.contains("<time datetime=\"2021-03\">March 2021</time>"), index);
        assertTrue(index.indexOf("datetime=\"2011\"") < index.indexOf("datetime=\"2018\"")
                && index.indexOf("datetime=\"2018\"") < index.indexOf("datetime=\"2021-03\"")
                && index.indexOf("datetime=\"2021-03\"") < index.indexOf("datetime=\"2021-07-19\""),
                "the timeline is in order");
    }

    @Test
    void aTopicShowsEachFactWithItsStatementAndItsSources() {
        String topic = page(TestAccounts.student(), "/learn/exchange");
        Fact hafnium = currentBank.get().facts().get("exchange-hafnium");
        assertTrue(topic.contains("id=\"fact-exchange-hafnium\""), topic);
        assertTrue(topic.contains(html(hafnium.statement())), topic);
        assertTrue(topic.contains("<cite>US and Allies Accuse China of Sponsoring Cyberattacks</cite>,"
                + " Interesting Engineering, Ameya Paleja, 2021-07"), topic);
        assertTrue(topic.contains("class=\"sources-table\""), topic);
    }

    @Test
    void aTopicShowsItsOwnFactsFirstAndThenTheRelatedFactsOfOtherTopicsItsQuestionsAskAbout() {
        String topic = page(TestAccounts.student(), "/learn/exchange");
        int related = topic.indexOf("<h2 id=\"related\">Related facts</h2>");
        assertTrue(related > 0, topic);
        assertTrue(topic.indexOf("id=\"fact-exchange-hafnium\"") < related, "Hafnium belongs to the Exchange topic");
        assertTrue(topic.indexOf("id=\"fact-charges-four-chinese-nationals\"") > related,
                "the charges belong to the indictments, and an Exchange question asks about them");
    }

    @Test
    void aQuotationOfAnOfficialShowsTheWordsTheSpeakerAndTheReport() {
        String topic = page(TestAccounts.student(), "/learn/officials");
        assertTrue(topic.contains("<blockquote><p>“a reckless but familiar pattern of behaviour”</p></blockquote>"),
                topic);
        assertTrue(topic.contains("— Dominic Raab, UK Foreign Secretary, as reported by Telecoms.com"), topic);
    }

    @Test
    void whereTheSourcesDifferTheInstructorsNoteIsShown() {
        String topic = page(TestAccounts.student(), "/learn/indictments");
        Fact mss = currentBank.get().facts().get("defendants-worked-for-mss");
        assertTrue(mss.note().isPresent(), "the shipped bank notes where the reports differ");
        assertTrue(topic.contains("<strong>Note on the sources:</strong> " + html(mss.note().get())), topic);
    }

    @Test
    void aTopicWithQuestionsOffersToTrainOnItAlone() {
        String topic = page(TestAccounts.student(), "/learn/exchange");
        assertTrue(topic.contains("<form method=\"post\" action=\"/train/next\" class=\"train-topic no-print\">"),
                topic);
        assertTrue(topic.contains("<input type=\"hidden\" name=\"tag\" value=\"exchange\">"), topic);
    }

    @Test
    void anUnknownTopicIsNotFound() {
        TestAccounts.as(TestAccounts.student()).accept("text/html").get("/learn/no-such-topic").then().statusCode(404)
                .body(containsString("no topic"));
    }

    @Test
    void aFactsAddressLeadsToItsPlaceOnItsTopicsPage() {
        TestAccounts.as(TestAccounts.student()).redirects().follow(false).get("/learn/facts/exchange-hafnium").then()
                .statusCode(303).header("Location", endsWith("/learn/exchange#fact-exchange-hafnium"));
        TestAccounts.as(TestAccounts.student()).redirects().follow(false).get("/learn/facts/no-such-fact").then()
                .statusCode(404);
    }

    @Test
    void noPageShowsAQuestionItsChoicesOrItsFeedback() {
        String student = TestAccounts.student();
        List<String> pages = everyPage(student);
        Set<String> questionTexts = questionTexts(currentBank.get());
        for (String page : pages) {
            for (String text : questionTexts) {
                assertFalse(page.contains(html(text)), "a question's text is on a briefing page: " + text);
            }
        }
    }

    @Test
    void whileAnExamIsOpenNoneOfTheFactsItTestsIsShownAndThePageSaysWhyAndUntilWhen() {
        String student = TestAccounts.student();
        long attempt = TestAccounts.as(student).post("/api/quizzes/" + EXAM + "/attempts").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Set<String> held = examFacts();
        assertFalse(held.isEmpty());

        List<String> pages = everyPage(student);
        for (String page : pages) {
            for (String factId : held) {
                Fact fact = currentBank.get().facts().get(factId);
                assertFalse(page.contains(html(fact.statement())), "held fact shown: " + factId);
                assertFalse(page.contains(factId), "held fact's id shown: " + factId);
            }
        }
        page(student, "/learn/indictments");
        TestAccounts.as(student).get("/learn/indictments").then()
                .body(containsString("not shown: Some facts are not shown here because an exam you have open tests"
                        + " them. Held back while your exam “The July 2021 indictments” is open"))
                .body(containsString("At the latest they are shown again at"));

        TestAccounts.as(student).post("/api/attempts/" + attempt + "/submit").then().statusCode(200);
        TestAccounts.as(student).get("/learn/indictments").then().statusCode(200)
                .body(containsString("an exam you may still attempt tests them. Held back while you may still"
                        + " attempt the exam “The July 2021 indictments” and its answers are not shown yet."));
        long last = TestAccounts.as(student).post("/api/quizzes/" + EXAM + "/attempts").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        TestAccounts.as(student).post("/api/attempts/" + last + "/submit").then().statusCode(200);
        Fact mss = currentBank.get().facts().get("defendants-worked-for-mss");
        TestAccounts.as(student).get("/learn/indictments").then().statusCode(200)
                .body(containsString(html(mss.statement()))).body(not(containsString("Held back")));
    }

    @Test
    void aReviewLinksEachFactToItsPlaceInTheBriefing() {
        String student = TestAccounts.student();
        long attempt = TestAccounts.as(student).post("/api/quizzes/exchange-practice/attempts").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        TestAccounts.as(student).post("/api/attempts/" + attempt + "/submit").then().statusCode(200);
        TestAccounts.as(student).get("/attempts/" + attempt + "/review").then().statusCode(200)
                .body(containsString("<a class=\"briefing-link\" href=\"/learn/facts/exchange-hafnium\">"));
    }

    @Test
    void theProgressPageLinksEachFactAndTopicToTheBriefing() {
        String progress = page(TestAccounts.student(), "/progress");
        assertTrue(progress.contains("<a href=\"/learn/facts/exchange-hafnium\">"), progress);
        assertTrue(progress.contains("<a href=\"/learn/exchange\">exchange"), progress);
    }

    /** The facts the exam tests. */
    private Set<String> examFacts() {
        Bank bank = currentBank.get();
        Set<String> facts = new HashSet<>();
        bank.quiz(EXAM).orElseThrow().questionIds()
                .forEach(id -> facts.addAll(bank.questions().get(id).info().factIds()));
        return facts;
    }

    /** The prompts and feedback of every question, and the feedback of every choice: what only a question says. */
    public static Set<String> questionTexts(Bank bank) {
        Set<String> texts = new HashSet<>();
        bank.questions().values().forEach(q -> {
            texts.add(q.prompt());
            q.info().feedback().ifPresent(texts::add);
            if (q instanceof org.cyberpolicy.quiz.bank.Question.SingleChoice single) {
                single.choices().forEach(c -> c.feedback().ifPresent(texts::add));
            }
            if (q instanceof org.cyberpolicy.quiz.bank.Question.MultipleChoice multiple) {
                multiple.choices().forEach(c -> c.feedback().ifPresent(texts::add));
            }
        });
        return texts;
    }
}
