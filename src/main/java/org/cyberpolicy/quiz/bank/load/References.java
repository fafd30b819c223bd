package org.cyberpolicy.quiz.bank.load;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cyberpolicy.quiz.bank.yaml.YamlNode;

/** Checks that ids named by one item exist in the bank. */
final class References {

    private References() {
    }

    /**
     * A required, non-empty list of ids of {@code kind} under {@code key}, each checked against {@code declared}:
     * the links (fact to sources, question to facts) that tie the bank to its evidence.
     */
    static List<String> requiredList(Fields fields, String key, Set<String> declared, String kind, Problems problems) {
        Optional<YamlNode> node = fields.required(key);
        if (node.isEmpty()) {
            return List.of();
        }
        List<String> ids = fields.texts(node.get(), "'" + key + "'");
        if (ids.isEmpty() && node.get() instanceof YamlNode.Sequence) {
            problems.error(node.get(), fields.owner() + " must name at least one " + kind);
        }
        check(node.get(), ids, declared, kind, fields.owner(), problems);
        return ids;
    }

    /**
     * Reports each id in {@code ids} that no item declares. Ids declared by an item that failed validation count
     * as existing, so that one broken fact does not also flag every question that uses it.
     */
    static void check(YamlNode listNode, List<String> ids, Set<String> declared, String kind, String owner,
            Problems problems) {
        List<YamlNode> items = listNode instanceof YamlNode.Sequence sequence ? sequence.items() : List.of(listNode);
        for (String id : ids) {
            if (!declared.contains(id)) {
                YamlNode at = items.stream()
                        .filter(item -> item instanceof YamlNode.Scalar s && s.text().strip().equals(id))
                        .findFirst().orElse(listNode);
                problems.error(at, owner + " refers to the " + kind + " '" + id + "', which the bank does not define");
            }
        }
    }
}
