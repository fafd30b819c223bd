package org.cyberpolicy.quiz.bank.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How many draw slots can be filled with distinct questions: a maximum bipartite matching between slots and
 * questions (Kuhn's augmenting paths; banks are small enough for its O(slots × edges) cost).
 */
final class DrawMatching {

    private DrawMatching() {
    }

    static int maximumSlotsFilled(List<List<String>> pools, List<Integer> counts) {
        List<List<String>> slots = new ArrayList<>();
        for (int draw = 0; draw < pools.size(); draw++) {
            for (int i = 0; i < counts.get(draw); i++) {
                slots.add(pools.get(draw));
            }
        }
        Map<String, Integer> slotOfQuestion = new HashMap<>();
        int filled = 0;
        for (int slot = 0; slot < slots.size(); slot++) {
            if (augment(slot, slots, slotOfQuestion, new HashSet<>())) {
                filled++;
            }
        }
        return filled;
    }

    private static boolean augment(int slot, List<List<String>> slots, Map<String, Integer> slotOfQuestion,
            Set<String> visited) {
        for (String question : slots.get(slot)) {
            if (visited.add(question)) {
                Integer holder = slotOfQuestion.get(question);
                if (holder == null || augment(holder, slots, slotOfQuestion, visited)) {
                    slotOfQuestion.put(question, slot);
                    return true;
                }
            }
        }
        return false;
    }
}
