package org.cyberpolicy.quiz.bank.load;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cyberpolicy.quiz.bank.Asking;
import org.cyberpolicy.quiz.bank.Kind;

/** Reads one entry of a {@code kinds} list: the values that questions generated from facts of it offer as wrong. */
final class KindReader {

    static final Set<String> KEYS = Set.of("id", "values");

    private final Problems problems;

    KindReader(Problems problems) {
        this.problems = problems;
    }

    Optional<Kind> read(Fields raw) {
        Optional<String> id = raw.requiredId();
        Fields fields = raw.named(id.map(i -> "kind '" + i + "'").orElse("a kind"));
        fields.rejectUnknownKeys(KEYS);
        int before = problems.errorCount();
        id.filter(i -> i.equals(Asking.DATE) || i.equals(Asking.NUMBER)).ifPresent(i -> problems.error(
                fields.value("id").orElseThrow(), "'" + i + "' is a kind of its own (a fact's 'kind: " + i
                        + "'): give this kind another id"));
        List<String> values = fields.required("values").map(node -> fields.texts(node, "'values'"))
                .orElse(List.of());
        if (problems.errorCount() > before || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Kind(id.get(), values, fields.node().location()));
    }
}
