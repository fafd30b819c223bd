package org.cyberpolicy.quiz.results;

import java.util.List;
import java.util.Set;

/**
 * One question of one graded attempt, as the item analysis sees it.
 *
 * @param slot           the place this question filled in the quiz: its own id for a fixed question, the draw and
 *                       rank for a drawn one. Reliability (Cronbach's alpha) is computed over slots, as Moodle does,
 *                       because attempts that draw questions do not all share the same questions.
 * @param offeredChoices the bank ids of the choices this attempt showed (choice questions only, else empty)
 * @param pickedChoices  the bank ids of the choices the student picked (empty when unanswered or not a choice
 *                       question)
 */
public record ScoredQuestion(String questionId, String slot, double score, double maxScore,
        List<String> offeredChoices, Set<String> pickedChoices) {

    public ScoredQuestion {
        offeredChoices = List.copyOf(offeredChoices);
        pickedChoices = Set.copyOf(pickedChoices);
        if (maxScore <= 0) {
            throw new IllegalArgumentException("question " + questionId + " is worth no points");
        }
    }

    /** A question without choices. */
    public static ScoredQuestion of(String questionId, String slot, double score, double maxScore) {
        return new ScoredQuestion(questionId, slot, score, maxScore, List.of(), Set.of());
    }
}
