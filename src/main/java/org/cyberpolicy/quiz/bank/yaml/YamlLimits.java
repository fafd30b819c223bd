package org.cyberpolicy.quiz.bank.yaml;

/**
 * Bounds that keep a hostile or broken file from exhausting memory or time.
 *
 * @param maxAliasedNodes how many nodes aliases may copy into one file in all; a "billion laughs" file asks for
 *        about a billion, while real reuse of a choice list needs a few dozen
 * @param maxDepth how deeply collections may nest; a bank needs about six levels
 */
public record YamlLimits(long maxAliasedNodes, int maxDepth) {

    public static final YamlLimits DEFAULT = new YamlLimits(10_000, 64);
}
