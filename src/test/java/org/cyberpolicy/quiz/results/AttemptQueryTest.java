package org.cyberpolicy.quiz.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.cyberpolicy.quiz.Refusal;
import org.cyberpolicy.quiz.attempt.AttemptState;
import org.cyberpolicy.quiz.results.AttemptQuery.Sort;
import org.junit.jupiter.api.Test;

class AttemptQueryTest {

    private static final List<Sort> SORTS = List.of(Sort.STUDENT, Sort.STARTED, Sort.SCORE, Sort.DURATION);

    private static AttemptLine graded(long id, String name, String started, int seconds, String score) {
        Instant start = Instant.parse(started);
        return new AttemptLine(id, id, name.toLowerCase(), name, Optional.of("N" + id), "quiz", "Quiz", 1,
                AttemptState.SUBMITTED, start, Optional.of(start.plusSeconds(seconds)),
                Optional.of(new BigDecimal(score)), BigDecimal.TEN, Optional.of(new BigDecimal(score).multiply(BigDecimal.TEN)),
                Optional.of(true));
    }

    private static AttemptLine open(long id, String name, String started) {
        return new AttemptLine(id, id, name.toLowerCase(), name, Optional.empty(), "quiz", "Quiz", 1,
                AttemptState.OPEN, Instant.parse(started), Optional.empty(), Optional.empty(), BigDecimal.TEN,
                Optional.empty(), Optional.empty());
    }

    private static final List<AttemptLine> LINES = List.of(
            graded(1, "Carol", "2026-01-10T09:00:00Z", 600, "7"),
            graded(2, "alice", "2026-01-12T23:59:59Z", 300, "9"),
            open(3, "Bob", "2026-01-15T10:00:00Z"),
            graded(4, "Dave", "2026-01-20T08:00:00Z", 900, "4"));

    private static List<Long> ids(AttemptQuery query) {
        return query.apply(LINES).stream().map(AttemptLine::attemptId).toList();
    }

    private static AttemptQuery parse(String sort, String dir, String student, String from, String to) {
        return AttemptQuery.parse(sort, dir, student, from, to, null, SORTS);
    }

    @Test
    void withoutParametersTheNewestAttemptComesFirst() {
        assertEquals(List.of(4L, 3L, 2L, 1L), ids(parse(null, null, null, null, null)));
    }

    @Test
    void aColumnWithoutDirectionSortsUpwardsIgnoringCase() {
        assertEquals(List.of(2L, 3L, 1L, 4L), ids(parse("student", null, null, null, null)));
    }

    @Test
    void anOpenAttemptWithoutScoreComesLastInBothDirections() {
        assertEquals(List.of(4L, 1L, 2L, 3L), ids(parse("score", "asc", null, null, null)));
        assertEquals(List.of(2L, 1L, 4L, 3L), ids(parse("score", "desc", null, null, null)));
        assertEquals(List.of(4L, 1L, 2L, 3L), ids(parse("duration", "desc", null, null, null)));
    }

    @Test
    void theStudentFilterMatchesPartOfANameUsernameOrNumberIgnoringCase() {
        assertEquals(List.of(2L), ids(parse(null, null, "LIC", null, null)));
        assertEquals(List.of(4L), ids(parse(null, null, "n4", null, null)));
    }

    @Test
    void theDateFilterIncludesBothEndDaysInUtc() {
        assertEquals(List.of(3L, 2L), ids(parse(null, null, null, "2026-01-12", "2026-01-15")));
    }

    @Test
    void everyBadParameterIsNamedInOneRefusal() {
        Refusal invalid = assertThrows(Refusal.class,
                () -> AttemptQuery.parse("quiz", "up", null, "12/01/2026", "2026-13-01", "0", SORTS));

        assertEquals(5, invalid.problems().size());
        assertTrue(invalid.problems().get(0).startsWith("sort must be one of student, started, score, duration"));
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsRefused() {
        assertThrows(Refusal.class, () -> parse(null, null, null, "2026-02-01", "2026-01-01"));
    }

    @Test
    void pagesHoldAHundredAttempts() {
        assertEquals(1, AttemptQuery.pages(0));
        assertEquals(1, AttemptQuery.pages(100));
        assertEquals(2, AttemptQuery.pages(101));
        AttemptQuery second = AttemptQuery.parse(null, null, null, null, null, "2", SORTS);
        List<Integer> numbers = java.util.stream.IntStream.range(0, 150).boxed().toList();
        List<AttemptLine> many = numbers.stream()
                .map(i -> graded(i, "S" + i, "2026-01-01T00:00:00Z", 1, "1")).toList();
        assertEquals(50, second.pageOf(many).size());
        assertEquals(100L, second.pageOf(many).get(0).attemptId());
    }
}
