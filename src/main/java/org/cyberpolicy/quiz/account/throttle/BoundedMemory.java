package org.cyberpolicy.quiz.account.throttle;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map that holds at most a given number of keys and, beyond it, forgets those written longest ago: someone trying
 * endless names or addresses cannot fill the memory, and what they push out is what mattered least lately. Not
 * thread-safe; {@link LoginThrottle} holds its lock around every use.
 */
final class BoundedMemory<K, V> {

    private final int bound;
    // In the order of the last write: the eldest is the one to drop.
    private final Map<K, V> entries = new LinkedHashMap<>();

    BoundedMemory(int bound) {
        this.bound = bound;
    }

    V get(K key) {
        return entries.get(key);
    }

    /** Writes the value, which makes its key the newest. */
    void put(K key, V value) {
        entries.remove(key);
        entries.put(key, value);
        if (entries.size() > bound) {
            Iterator<K> eldest = entries.keySet().iterator();
            eldest.next();
            eldest.remove();
        }
    }

    void remove(K key) {
        entries.remove(key);
    }

    int size() {
        return entries.size();
    }
}
