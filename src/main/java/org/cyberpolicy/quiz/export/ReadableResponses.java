package org.cyberpolicy.quiz.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.engine.FrozenQuestion;
import org.cyberpolicy.quiz.engine.InvalidResponseException;
import org.cyberpolicy.quiz.engine.Layout;
import org.cyberpolicy.quiz.engine.Parts;
import org.cyberpolicy.quiz.engine.PresentedQuestion;
import org.cyberpolicy.quiz.engine.QuestionKinds;
import org.cyberpolicy.quiz.engine.Response;
import org.cyberpolicy.quiz.engine.ResponseCodec;
import org.cyberpolicy.quiz.engine.SnapshotCodec;

import com.fasterxml.jackson.core.JsonFactory;

/**
 * The responses export's words: the question's prompt, the response as the student saw it (the texts of the choices
 * picked, each pair as "left → right", the order as the items' texts, the value entered) and the correct answer in
 * words, all from the attempt's frozen snapshot, never from the bank in service.
 * <p>
 * The question of a snapshot is fixed by its bank version, so it is parsed once per (bank version, question id) for
 * the length of one export, like {@link SnapshotFacts}; the correct answer is worded then too, in the bank's order.
 * Only the layout (the order in which that attempt showed the parts, which the response's ids point into) differs
 * from attempt to attempt: for the types whose parts an attempt orders, it is cut out of each row's snapshot (the
 * {@code layout} object alone) and parsed once per export for each order met; the other types have none, and their
 * rows need no snapshot once their question is known.
 */
public final class ReadableResponses {

    /** What one row says in words. */
    public record Words(String prompt, List<String> response, List<String> key) {
    }

    private record Key(String bankVersion, String questionId) {
    }

    /** A question of one bank version, with what does not depend on the attempt. */
    private record Known(Question question, boolean laidOut, List<String> key, PresentedQuestion unshuffled) {
    }

    private static final String LAYOUT_KEY = "\"layout\":";

    private final SnapshotCodec snapshots;
    private final ResponseCodec responses = new ResponseCodec();
    private final JsonFactory json;
    private final Map<Key, Known> known = new HashMap<>();
    /** One response to one question shown in one order: the same words, however many students gave it. */
    private record Said(Key question, Layout layout, String response) {
    }

    /** Responses worded so far; bounded, since responses can all differ. */
    private final Map<Said, List<String>> worded = new HashMap<>();
    private static final int MAX_WORDED = 20_000;

    /** Layouts read so far, by their JSON text; bounded, in case every attempt shows its own order. */
    private final Map<String, Layout> layouts = new HashMap<>();
    private static final int MAX_LAYOUTS = 10_000;

    public ReadableResponses(SnapshotCodec snapshots, JsonFactory json) {
        this.snapshots = snapshots;
        this.json = json;
    }

    /**
     * The words of one row.
     *
     * @param snapshot the row's stored snapshot, read only when needed
     * @param response the stored response (JSON text), or null when unanswered
     */
    public Words of(String bankVersion, String questionId, Supplier<String> snapshot, String response) {
        String[] text = new String[1];
        Supplier<String> once = () -> text[0] != null ? text[0] : (text[0] = snapshot.get());
        Key key = new Key(bankVersion, questionId);
        Known question = known.computeIfAbsent(key, k -> know(once.get()));
        if (response == null) {
            return new Words(question.question().prompt(), List.of(), question.key());
        }
        Layout layout = question.laidOut() ? layout(once.get()) : Layout.NONE;
        Said said = new Said(key, layout, response);
        List<String> words = worded.get(said);
        if (words == null) {
            words = words(question, layout, response);
            if (worded.size() >= MAX_WORDED) {
                worded.clear();
            }
            worded.put(said, words);
        }
        return new Words(question.question().prompt(), words, question.key());
    }

    private List<String> words(Known question, Layout layout, String response) {
        PresentedQuestion presented = question.laidOut() ? new PresentedQuestion(question.question(), layout)
                : question.unshuffled();
        try {
            return QuestionKinds.words(presented, responses.fromStorage(presented, response));
        } catch (InvalidResponseException | IllegalArgumentException e) {
            return List.of("(the stored response does not fit this question)");
        }
    }

    private Known know(String snapshot) {
        FrozenQuestion frozen = snapshots.read(snapshot);
        Question question = frozen.presented().question();
        Parts parts = QuestionKinds.parts(question);
        PresentedQuestion unshuffled = new PresentedQuestion(question,
                new Layout(upTo(parts.choices().size() + parts.pairs().size() + parts.items().size()),
                        upTo(parts.rights().size())));
        List<String> key = QuestionKinds.words(unshuffled, QuestionKinds.key(unshuffled));
        int ordered = parts.choices().size() + parts.pairs().size() + parts.items().size();
        boolean laidOut = ordered > 0 || !parts.rights().isEmpty();
        return new Known(question, laidOut, key, unshuffled);
    }

    private static List<Integer> upTo(int size) {
        return IntStream.range(0, size).boxed().toList();
    }

    /**
     * The layout of a snapshot: the object under its {@code "layout"} key (a key: inside a JSON string the quotes
     * would be escaped), which holds two arrays of whole numbers and nothing else, so it ends at the first closing
     * brace. Layouts repeat (a question shows its parts in few orders), so each is parsed once per export; a snapshot
     * whose layout does not read that way is parsed whole.
     */
    Layout layout(String snapshot) {
        int at = snapshot.indexOf(LAYOUT_KEY);
        int end = at < 0 ? -1 : snapshot.indexOf('}', at);
        if (end < 0) {
            return snapshots.read(snapshot).presented().layout();
        }
        String text = snapshot.substring(at + LAYOUT_KEY.length(), end + 1);
        Layout layout = layouts.get(text);
        if (layout == null) {
            layout = parseLayout(text).orElseGet(() -> snapshots.read(snapshot).presented().layout());
            if (layouts.size() >= MAX_LAYOUTS) {
                layouts.clear();
            }
            layouts.put(text, layout);
        }
        return layout;
    }

    /** {@code {"order":[1,0,2],"rightOrder":[]}}, in either order of its fields; empty for anything else. */
    static Optional<Layout> parseLayout(String text) {
        Optional<List<Integer>> order = numbers(text, "\"order\":[");
        Optional<List<Integer>> rightOrder = numbers(text, "\"rightOrder\":[");
        return order.isPresent() && rightOrder.isPresent()
                ? Optional.of(new Layout(order.get(), rightOrder.get())) : Optional.empty();
    }

    private static Optional<List<Integer>> numbers(String text, String key) {
        int start = text.indexOf(key);
        int end = start < 0 ? -1 : text.indexOf(']', start);
        if (end < 0) {
            return Optional.empty();
        }
        String inside = text.substring(start + key.length(), end).strip();
        if (inside.isEmpty()) {
            return Optional.of(List.of());
        }
        List<Integer> values = new ArrayList<>();
        try {
            for (String number : inside.split(",")) {
                values.add(Integer.parseInt(number.strip()));
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.of(values);
    }

    /** How many questions were parsed so far (once per bank version and question). */
    public int questionsParsed() {
        return known.size();
    }

}
