package org.cyberpolicy.quiz.bank.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fills draw slots with distinct questions: a maximum bipartite matching between slots and questions (Kuhn's
 * augmenting paths; banks are small enough for its O(slots × edges) cost). A greedy pick can strand a slot when pools
 * overlap; a matching never does. The validator uses it to prove a quiz can be drawn, and the assembler to draw it.
 */
public final class DrawMatching {

    private DrawMatching() {
    }

    static int maximumSlotsFilled(List<List<String>> pools, List<Integer> counts) {
        List<List<String>> slots = new ArrayList<>();
        for (int draw = 0; draw < pools.size(); draw++) {
            for (int i = 0; i < counts.get(draw); i++) {
                slots.add(pools.get(draw));
            }
        }
        return assign(slots).size();
    }

    /**
     * Picks a different question for as many slots as possible. Each slot tries its pool in the order given, so
     * shuffled pools give a random draw.
     *
     * @return the question of each slot that could be filled, by slot index
     */
    public static Map<Integer, String> assign(List<List<String>> slotPools) {
        Map<String, Integer> slotOfQuestion = new HashMap<>();
        for (int slot = 0; slot < slotPools.size(); slot++) {
            augment(slot, slotPools, slotOfQuestion, new HashSet<>());
        }
        Map<Integer, String> questionOfSlot = new HashMap<>();
        slotOfQuestion.forEach((question, slot) -> questionOfSlot.put(slot, question));
        return questionOfSlot;
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
