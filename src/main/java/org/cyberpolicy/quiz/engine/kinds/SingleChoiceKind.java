package org.cyberpolicy.quiz.engine.kinds;

import static org.cyberpolicy.quiz.engine.kinds.Reading.echo;
import static org.cyberpolicy.quiz.engine.kinds.Reading.invalid;
import static org.cyberpolicy.quiz.engine.kinds.Reading.range;

import java.util.List;

import org.cyberpolicy.quiz.bank.Choice;
import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.bank.QuestionType;
import org.cyberpolicy.quiz.engine.Credit;
import org.cyberpolicy.quiz.engine.Option;
import org.cyberpolicy.quiz.engine.Parts;
import org.cyberpolicy.quiz.engine.PresentedQuestion;
import org.cyberpolicy.quiz.engine.QuestionKind;
import org.cyberpolicy.quiz.engine.QuestionShape;
import org.cyberpolicy.quiz.engine.Response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Single choice: the student picks one of the choices, sent as its id ({@code "c2"}). Full credit for the one correct
 * choice, nothing for any other.
 */
public final class SingleChoiceKind implements QuestionKind<Question.SingleChoice, Response.PickedChoice> {

    public static final SingleChoiceKind INSTANCE = new SingleChoiceKind();

    private SingleChoiceKind() {
    }

    @Override
    public QuestionType type() {
        return QuestionType.SINGLE;
    }

    @Override
    public Class<Question.SingleChoice> questionClass() {
        return Question.SingleChoice.class;
    }

    @Override
    public Class<Response.PickedChoice> responseClass() {
        return Response.PickedChoice.class;
    }

    @Override
    public Parts parts(Question.SingleChoice question) {
        return Parts.choices(question.choices());
    }

    @Override
    public Response.PickedChoice read(QuestionShape question, JsonNode value) {
        if (!value.isTextual()) {
            throw invalid("This is a single-choice question: send the id of one choice (" + range(question.choices())
                    + ") as a string.");
        }
        return check(question, new Response.PickedChoice(value.textValue()));
    }

    @Override
    public Response.PickedChoice check(QuestionShape question, Response.PickedChoice response) {
        requireChoice(question.choices(), response.choiceId());
        return response;
    }

    /** Refuses an id that is not one of the question's choices; shared with multiple choice. */
    static void requireChoice(List<Option> choices, String id) {
        if (!Reading.names(choices, id)) {
            throw invalid(echo(id) + " is not one of this question's choices (" + range(choices) + ").");
        }
    }

    @Override
    public JsonNode write(Response.PickedChoice response) {
        return TextNode.valueOf(response.choiceId());
    }

    @Override
    public Credit credit(PresentedQuestion presented, Question.SingleChoice question, Response.PickedChoice response) {
        return Credit.fullIf(presented.choice(response.choiceId()).map(Choice::correct).orElse(false));
    }

    @Override
    public Response.PickedChoice key(PresentedQuestion presented, Question.SingleChoice question) {
        Choice correct = question.choices().stream().filter(Choice::correct).findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "single-choice " + question.id() + " has no correct choice"));
        return new Response.PickedChoice(presented.choiceId(correct));
    }

    @Override
    public List<String> words(QuestionShape question, Response.PickedChoice response) {
        return List.of(Reading.text(question.choices(), response.choiceId()));
    }

    @Override
    public List<String> pickedChoiceIds(Response.PickedChoice response) {
        return List.of(response.choiceId());
    }
}
