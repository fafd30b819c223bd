package org.cyberpolicy.quiz.attempt;

import java.util.List;

/**
 * Where one question of an open attempt stands: answered (a response is saved) or blank, and whether its student
 * flagged it to come back to. The summary before the final submit and the attempt page's live counter are made of
 * these.
 */
public record QuestionStatus(int position, String questionId, boolean answered, boolean flagged) {

    /** How many of these are answered. */
    public static long answered(List<QuestionStatus> statuses) {
        return statuses.stream().filter(QuestionStatus::answered).count();
    }

    /** How many of these are flagged. */
    public static long flagged(List<QuestionStatus> statuses) {
        return statuses.stream().filter(QuestionStatus::flagged).count();
    }
}
