package org.cyberpolicy.quiz.bank.load;

import java.util.List;
import java.util.Set;

import org.cyberpolicy.quiz.bank.yaml.YamlNode;

/** Checks that ids named by one item exist in the bank. */
final class References {

    private References() {
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
