package org.cyberpolicy.quiz.engine.kinds;

import static org.cyberpolicy.quiz.engine.kinds.Reading.invalid;

import java.util.List;

import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.bank.QuestionType;
import org.cyberpolicy.quiz.engine.Credit;
import org.cyberpolicy.quiz.engine.Parts;
import org.cyberpolicy.quiz.engine.PresentedQuestion;
import org.cyberpolicy.quiz.engine.QuestionKind;
import org.cyberpolicy.quiz.engine.QuestionShape;
import org.cyberpolicy.quiz.engine.Response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;

/** True or false: a statement to judge, answered with a JSON boolean. */
public final class TrueFalseKind implements QuestionKind<Question.TrueFalse, Response.Truth> {

    public static final TrueFalseKind INSTANCE = new TrueFalseKind();

    private TrueFalseKind() {
    }

    @Override
    public QuestionType type() {
        return QuestionType.TRUE_FALSE;
    }

    @Override
    public Class<Question.TrueFalse> questionClass() {
        return Question.TrueFalse.class;
    }

    @Override
    public Class<Response.Truth> responseClass() {
        return Response.Truth.class;
    }

    @Override
    public Parts parts(Question.TrueFalse question) {
        return Parts.NONE;
    }

    @Override
    public Response.Truth read(QuestionShape question, JsonNode value) {
        if (!value.isBoolean()) {
            throw invalid("This is a true/false question: send true or false (a JSON boolean, not a string).");
        }
        return new Response.Truth(value.booleanValue());
    }

    @Override
    public Response.Truth check(QuestionShape question, Response.Truth response) {
        return response;
    }

    @Override
    public JsonNode write(Response.Truth response) {
        return BooleanNode.valueOf(response.value());
    }

    @Override
    public Credit credit(PresentedQuestion presented, Question.TrueFalse question, Response.Truth response) {
        return Credit.fullIf(response.value() == question.answer());
    }

    @Override
    public Response.Truth key(PresentedQuestion presented, Question.TrueFalse question) {
        return new Response.Truth(question.answer());
    }

    @Override
    public List<String> words(QuestionShape question, Response.Truth response) {
        return List.of(response.value() ? "True" : "False");
    }

    @Override
    public List<String> pickedChoiceIds(Response.Truth response) {
        return List.of();
    }
}
