package org.cyberpolicy.quiz.bank;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What every question has, whatever its type. */
public record QuestionInfo(String id, String prompt, List<String> factIds, BigDecimal points, Set<String> tags,
        Optional<Difficulty> difficulty, Optional<String> feedback, Location location) {

    public QuestionInfo {
        factIds = List.copyOf(factIds);
        tags = Set.copyOf(tags);
    }

    /** What separates a generated question's fact id from its form: hand-written ids are kebab-case, without it. */
    public static final char GENERATED_MARK = '~';

    /** Whether the question was generated from a fact ({@code <fact-id>~<form>}), not written in the bank. */
    public boolean generated() {
        return isGenerated(id);
    }

    public static boolean isGenerated(String questionId) {
        return questionId.indexOf(GENERATED_MARK) >= 0;
    }
}
