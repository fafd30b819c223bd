package org.cyberpolicy.quiz.engine.kinds;

import static org.cyberpolicy.quiz.engine.kinds.Reading.invalid;

import java.util.List;

import org.cyberpolicy.quiz.bank.AnswerText;
import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.bank.QuestionType;
import org.cyberpolicy.quiz.engine.Credit;
import org.cyberpolicy.quiz.engine.Parts;
import org.cyberpolicy.quiz.engine.PresentedQuestion;
import org.cyberpolicy.quiz.engine.QuestionKind;
import org.cyberpolicy.quiz.engine.QuestionShape;
import org.cyberpolicy.quiz.engine.Response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * A short typed answer: one line of at most 500 characters. Right when it equals one of the accepted answers once
 * case, spacing, punctuation and diacritics are set aside. A response that is empty once they are set aside earns
 * nothing, even against an accepted answer that is itself only punctuation.
 */
public final class ShortAnswerKind implements QuestionKind<Question.ShortAnswer, Response.Text> {

    public static final ShortAnswerKind INSTANCE = new ShortAnswerKind();

    public static final int MAX_TEXT_LENGTH = 500;

    private ShortAnswerKind() {
    }

    @Override
    public QuestionType type() {
        return QuestionType.SHORT;
    }

    @Override
    public Class<Question.ShortAnswer> questionClass() {
        return Question.ShortAnswer.class;
    }

    @Override
    public Class<Response.Text> responseClass() {
        return Response.Text.class;
    }

    @Override
    public Parts parts(Question.ShortAnswer question) {
        return Parts.NONE;
    }

    @Override
    public Response.Text read(QuestionShape question, JsonNode value) {
        if (!value.isTextual()) {
            throw invalid("This is a short-answer question: send your answer as a string.");
        }
        return check(question, new Response.Text(value.textValue()));
    }

    /** The answer stripped of surrounding space, once it is known to be one line of text of at most 500 characters. */
    @Override
    public Response.Text check(QuestionShape question, Response.Text response) {
        String text = response.value().strip();
        if (text.codePointCount(0, text.length()) > MAX_TEXT_LENGTH) {
            throw invalid("The answer is longer than " + MAX_TEXT_LENGTH
                    + " characters; a short answer is a few words.");
        }
        if (text.codePoints().anyMatch(Character::isISOControl)) {
            throw invalid("The answer contains control characters such as tabs or line breaks; send one line of text.");
        }
        if (hasLoneSurrogate(text)) {
            throw invalid("The answer contains characters that are not valid text.");
        }
        return new Response.Text(text);
    }

    private static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public JsonNode write(Response.Text response) {
        return TextNode.valueOf(response.value());
    }

    @Override
    public Credit credit(PresentedQuestion presented, Question.ShortAnswer question, Response.Text response) {
        if (response.value() == null || AnswerText.normalise(response.value()).isEmpty()) {
            return Credit.NONE;
        }
        return Credit.fullIf(question.answers().stream().anyMatch(answer -> AnswerText.same(answer, response.value())));
    }

    /** The first accepted answer: the one the author wrote as the answer, the others being variants. */
    @Override
    public Response.Text key(PresentedQuestion presented, Question.ShortAnswer question) {
        if (question.answers().isEmpty()) {
            throw new IllegalStateException("short answer " + question.id() + " accepts no answer");
        }
        return new Response.Text(question.answers().get(0));
    }

    @Override
    public List<String> words(QuestionShape question, Response.Text response) {
        return List.of(response.value());
    }

    @Override
    public List<String> pickedChoiceIds(Response.Text response) {
        return List.of();
    }
}
