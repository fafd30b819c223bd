package org.cyberpolicy.quiz.web;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.cyberpolicy.quiz.attempt.Response;
import org.cyberpolicy.quiz.bank.PartialDate;
import org.cyberpolicy.quiz.quiz.Option;
import org.cyberpolicy.quiz.quiz.PresentedQuestion;

/** A response or an answer key put into words for the review page, one line per part. */
final class ResponseWording {

    private ResponseWording() {
    }

    static List<String> lines(PresentedQuestion question, Response response) {
        if (response instanceof Response.PickedChoice one) {
            return List.of(text(question.choices(), one.choiceId()));
        }
        if (response instanceof Response.PickedChoices many) {
            List<String> picked = question.choices().stream().filter(o -> many.choiceIds().contains(o.id()))
                    .map(Option::text).toList();
            return picked.isEmpty() ? List.of("(nothing picked)") : picked;
        }
        if (response instanceof Response.Truth truth) {
            return List.of(truth.value() ? "True" : "False");
        }
        if (response instanceof Response.Amount amount) {
            return List.of(amount.value().toPlainString());
        }
        if (response instanceof Response.DateGiven date) {
            return List.of(date(date.value()));
        }
        if (response instanceof Response.Text text) {
            return List.of(text.value());
        }
        if (response instanceof Response.Matches matches) {
            return question.left().stream().map(left -> left.text() + " \u2192 "
                    + Optional.ofNullable(matches.rightByLeft().get(left.id()))
                            .map(right -> text(question.right(), right)).orElse("(no answer)"))
                    .toList();
        }
        if (response instanceof Response.Order order) {
            return order.itemIds().stream().map(id -> text(question.items(), id)).toList();
        }
        throw new IllegalArgumentException("no wording for " + response);
    }

    /** "19 July 2021", "March 2021" or "2011", as people write dates. */
    static String date(PartialDate date) {
        String year = String.valueOf(date.year());
        if (date.precision() == PartialDate.Precision.YEAR) {
            return year;
        }
        String month = Month.of(date.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year;
        return date.precision() == PartialDate.Precision.MONTH ? month : date.day() + " " + month;
    }

    private static String text(List<Option> options, String id) {
        return options.stream().filter(o -> o.id().equals(id)).map(Option::text).findFirst().orElse(id);
    }
}
