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
}
