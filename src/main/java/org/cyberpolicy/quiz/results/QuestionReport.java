package org.cyberpolicy.quiz.results;

import java.util.List;
import java.util.Optional;

import org.cyberpolicy.quiz.bank.Location;

/**
 * One question of an item analysis, with what the teacher needs to find it and fix it.
 *
 * @param location     where the question is written, in the current bank if it is still there, else as it was
 * @param relativeFile that file relative to the bank folder, for the bank editor's link; empty when unknown
 */
public record QuestionReport(String questionId, String prompt, String typeLabel, Location location,
        Optional<String> relativeFile, boolean inBank, QuestionStatistics statistics, List<ChoiceLine> choices,
        List<Flag> flags) {

    public QuestionReport {
        choices = List.copyOf(choices);
        flags = List.copyOf(flags);
    }
}
