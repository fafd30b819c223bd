package org.cyberpolicy.quiz.engine.kinds;

import static org.cyberpolicy.quiz.engine.kinds.Reading.echo;
import static org.cyberpolicy.quiz.engine.kinds.Reading.invalid;
import static org.cyberpolicy.quiz.engine.kinds.Reading.range;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.cyberpolicy.quiz.bank.Choice;
import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.bank.QuestionType;
import org.cyberpolicy.quiz.bank.Scoring;
import org.cyberpolicy.quiz.engine.Credit;
import org.cyberpolicy.quiz.engine.Option;
import org.cyberpolicy.quiz.engine.Parts;
import org.cyberpolicy.quiz.engine.PresentedQuestion;
import org.cyberpolicy.quiz.engine.QuestionKind;
import org.cyberpolicy.quiz.engine.QuestionShape;
import org.cyberpolicy.quiz.engine.Response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * Multiple choice: the student ticks any number of choices, sent as an array of their ids ({@code ["c1", "c3"]}, or
 * {@code []} to tick none).
 * <p>
 * Partial scoring gives each correct choice an equal share of the points and takes one wrong choice's share away
 * for each wrong choice ticked, never below zero: ticking every box then earns nothing, as it shows no knowledge.
 * All-or-nothing scoring asks for exactly the correct choices.
 */
public final class MultipleChoiceKind implements QuestionKind<Question.MultipleChoice, Response.PickedChoices> {

    public static final MultipleChoiceKind INSTANCE = new MultipleChoiceKind();

    private MultipleChoiceKind() {
    }

    @Override
    public QuestionType type() {
        return QuestionType.MULTIPLE;
    }

    @Override
    public Class<Question.MultipleChoice> questionClass() {
        return Question.MultipleChoice.class;
    }

    @Override
    public Class<Response.PickedChoices> responseClass() {
        return Response.PickedChoices.class;
    }

    @Override
    public Parts parts(Question.MultipleChoice question) {
        return Parts.choices(question.choices());
    }

    @Override
    public Response.PickedChoices read(QuestionShape question, JsonNode value) {
        List<Option> choices = question.choices();
        List<String> picked = Reading.strings(value, "This is a multiple-choice question: send an array of the ids"
                + " of the choices you pick (" + range(choices) + "), or an empty array to pick none.");
        Set<String> distinct = new HashSet<>();
        for (String id : picked) {
            SingleChoiceKind.requireChoice(choices, id);
            if (!distinct.add(id)) {
                throw invalid("The choice " + echo(id) + " is listed twice; list each choice you pick once.");
            }
        }
        return new Response.PickedChoices(distinct);
    }

    @Override
    public Response.PickedChoices check(QuestionShape question, Response.PickedChoices response) {
        List<Option> choices = question.choices();
        response.choiceIds().stream().sorted(Reading.DISPLAY_ORDER)
                .forEach(id -> SingleChoiceKind.requireChoice(choices, id));
        return response;
    }

    @Override
    public JsonNode write(Response.PickedChoices response) {
        ArrayNode ids = JsonNodeFactory.instance.arrayNode();
        response.choiceIds().stream().sorted(Reading.DISPLAY_ORDER).forEach(ids::add);
        return ids;
    }

    @Override
    public Credit credit(PresentedQuestion presented, Question.MultipleChoice question,
            Response.PickedChoices response) {
        List<Choice> ticked = new ArrayList<>();
        for (String id : response.choiceIds()) {
            Optional<Choice> choice = presented.choice(id);
            if (choice.isEmpty()) {
                return Credit.NONE;
            }
            ticked.add(choice.get());
        }
        long correct = question.choices().stream().filter(Choice::correct).count();
        long wrong = question.choices().size() - correct;
        long correctTicked = ticked.stream().filter(Choice::correct).count();
        long wrongTicked = ticked.size() - correctTicked;
        if (question.scoring() == Scoring.ALL_OR_NOTHING || correct == 0) {
            return Credit.fullIf(correctTicked == correct && wrongTicked == 0);
        }
        if (wrong == 0) {
            return new Credit(correctTicked, correct);
        }
        // correctTicked/correct − wrongTicked/wrong over the common denominator correct × wrong.
        return Credit.flooredAtNone(correctTicked * wrong - wrongTicked * correct, correct * wrong);
    }

    @Override
    public Response.PickedChoices key(PresentedQuestion presented, Question.MultipleChoice question) {
        Set<String> ids = question.choices().stream().filter(Choice::correct).map(presented::choiceId)
                .collect(Collectors.toSet());
        return new Response.PickedChoices(ids);
    }

    @Override
    public List<String> words(QuestionShape question, Response.PickedChoices response) {
        List<String> picked = question.choices().stream().filter(o -> response.choiceIds().contains(o.id()))
                .map(Option::text).toList();
        return picked.isEmpty() ? List.of("(nothing picked)") : picked;
    }

    @Override
    public List<String> pickedChoiceIds(Response.PickedChoices response) {
        return response.choiceIds().stream().sorted().toList();
    }
}
