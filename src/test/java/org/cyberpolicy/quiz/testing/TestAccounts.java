package org.cyberpolicy.quiz.testing;

import java.util.UUID;

import org.cyberpolicy.quiz.account.Account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Accounts made straight in the database, each with a fresh name, for tests that need someone signed in. */
public final class TestAccounts {

    public static final String PASSWORD = "correct horse battery";

    private TestAccounts() {
    }

    /** A new student's username. */
    public static String student() {
        String username = "s-" + UUID.randomUUID().toString().substring(0, 12);
        QuarkusTransaction.requiringNew().run(
                () -> Account.create(username, PASSWORD, Account.STUDENT, "Student " + username, null));
        return username;
    }

    /** A new assistant's username (same password as students'), in no section yet. */
    public static String assistant() {
        String username = "a-" + UUID.randomUUID().toString().substring(0, 12);
        QuarkusTransaction.requiringNew().run(
                () -> Account.create(username, PASSWORD, Account.ASSISTANT, "Assistant " + username, null));
        return username;
    }

    /** A new instructor's username (same password as students'). */
    public static String instructor() {
        String username = "i-" + UUID.randomUUID().toString().substring(0, 12);
        QuarkusTransaction.requiringNew().run(
                () -> Account.create(username, PASSWORD, Account.INSTRUCTOR, "Instructor " + username, null));
        return username;
    }

    /**
     * A JSON request as that user, with HTTP Basic as a script would send it. (A body-less POST must not be sent as a
     * form: form posts need the pages' CSRF token.)
     */
    public static RequestSpecification as(String username) {
        return RestAssured.given().auth().preemptive().basic(username, PASSWORD).contentType(ContentType.JSON);
    }
}
