package org.cyberpolicy.quiz.briefing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.cyberpolicy.quiz.bank.Bank;
import org.cyberpolicy.quiz.bank.Fact;
import org.cyberpolicy.quiz.bank.FactValue;
import org.cyberpolicy.quiz.bank.PartialDate;
import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.bank.Topic;

/**
 * The facts of one bank arranged for reading: by topic, and on a timeline. Topics are the tags of facts and of the
 * questions that test them; the bank's {@code topics} give some a title and an introduction and come first, in their
 * order, the other tags after them alphabetically. Built from the bank alone, whoever reads it: what one student may
 * not see now is left out later, by {@link Reading}.
 */
public final class BriefingBook {

    /** The topic of facts that no tag places anywhere, so that every fact has a place in the briefing. */
    public static final String OTHER = "other-facts";

    private final Map<String, TopicFacts> topics;
    private final Map<String, BriefFact> facts;

    private BriefingBook(Map<String, TopicFacts> topics, Map<String, BriefFact> facts) {
        this.topics = topics;
        this.facts = facts;
    }

    public static BriefingBook of(Bank bank) {
        Map<String, Set<String>> tagsByFact = new LinkedHashMap<>();
        bank.facts().values().forEach(fact -> tagsByFact.put(fact.id(), bank.tagsOf(fact)));
        List<String> order = topicOrder(bank, tagsByFact);

        Map<String, BriefFact> facts = new LinkedHashMap<>();
        for (Fact fact : bank.facts().values()) {
            Set<String> own = tagsByFact.get(fact.id());
            List<String> topicsOfFact = own.isEmpty() ? List.of(OTHER)
                    : order.stream().filter(own::contains).toList();
            String home = fact.tags().isEmpty() ? mostAsked(bank, fact, topicsOfFact) : fact.tags().get(0);
            facts.put(fact.id(), BriefFact.of(fact, fact.sourceIds().stream().map(bank.sources()::get).toList(), home,
                    topicsOfFact, dateOf(bank, fact)));
        }

        Map<String, TopicFacts> topics = new LinkedHashMap<>();
        for (String id : order) {
            List<BriefFact> of = facts.values().stream().filter(f -> f.topics().contains(id)).toList();
            Optional<Topic> declared = Optional.ofNullable(bank.topics().get(id));
            topics.put(id, new TopicFacts(id, declared.map(Topic::title).orElse(id),
                    declared.flatMap(Topic::intro), of));
        }
        List<BriefFact> others = facts.values().stream().filter(f -> f.topics().contains(OTHER)).toList();
        if (!others.isEmpty()) {
            topics.putIfAbsent(OTHER, new TopicFacts(OTHER, "Other facts", Optional.empty(), others));
        }
        return new BriefingBook(topics, facts);
    }

    /**
     * The topic of a fact without tags of its own: the tag most of its questions carry (Hafnium is asked about under
     * "exchange" more than under "indictments"), the earlier in the briefing on a tie.
     */
    private static String mostAsked(Bank bank, Fact fact, List<String> topicsOfFact) {
        Map<String, Long> count = new LinkedHashMap<>();
        topicsOfFact.forEach(topic -> count.put(topic, 0L));
        bank.questions().values().stream().filter(q -> q.info().factIds().contains(fact.id()))
                .forEach(q -> q.info().tags().forEach(tag -> count.computeIfPresent(tag, (t, n) -> n + 1)));
        return count.entrySet().stream().reduce((best, next) -> next.getValue() > best.getValue() ? next : best)
                .orElseThrow().getKey();
    }

    /** Declared topics in their order, then every other tag alphabetically; a declared topic no fact has is left out. */
    private static List<String> topicOrder(Bank bank, Map<String, Set<String>> tagsByFact) {
        Set<String> used = new TreeSet<>();
        tagsByFact.values().forEach(used::addAll);
        Set<String> order = new LinkedHashSet<>();
        bank.topics().keySet().stream().filter(used::contains).forEach(order::add);
        order.addAll(used);
        return new ArrayList<>(order);
    }

    /**
     * When the fact happened, if the bank reads its value as a date: a date value, or a whole number that a date
     * question testing the fact asks as a year (a count of defendants is not a year, a campaign's first year is).
     */
    static Optional<PartialDate> dateOf(Bank bank, Fact fact) {
        Optional<FactValue> value = fact.value();
        if (value.isPresent() && value.get() instanceof FactValue.DateValue date) {
            return Optional.of(date.date());
        }
        Optional<PartialDate> asYear = value.flatMap(FactValue::asDate);
        if (asYear.isEmpty()) {
            return Optional.empty();
        }
        boolean askedAsDate = bank.questions().values().stream()
                .anyMatch(q -> q instanceof Question.DateAnswer d && d.info().factIds().contains(fact.id())
                        && d.answer().equals(asYear.get()));
        return askedAsDate ? asYear : Optional.empty();
    }

    /** The topics in the briefing's order, each with its facts. */
    public List<TopicFacts> topics() {
        return List.copyOf(topics.values());
    }

    public Optional<TopicFacts> topic(String id) {
        return Optional.ofNullable(topics.get(id));
    }

    public Optional<BriefFact> fact(String id) {
        return Optional.ofNullable(facts.get(id));
    }

    public List<BriefFact> facts() {
        return List.copyOf(facts.values());
    }

    /** Every fact with a date, earliest first; a year before its months, facts of one date in the bank's order. */
    public List<BriefFact> timeline() {
        return facts.values().stream().filter(f -> f.date().isPresent())
                .sorted(Comparator.comparing(f -> f.date().orElseThrow(), BriefingBook::chronologically)).toList();
    }

    static int chronologically(PartialDate a, PartialDate b) {
        return Comparator.comparingInt(PartialDate::year).thenComparingInt(PartialDate::month)
                .thenComparingInt(PartialDate::day).compare(a, b);
    }
}
