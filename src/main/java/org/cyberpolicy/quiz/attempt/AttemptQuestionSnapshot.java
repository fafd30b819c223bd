package org.cyberpolicy.quiz.attempt;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.cyberpolicy.quiz.engine.FrozenQuestion;
import org.cyberpolicy.quiz.engine.SnapshotCodec;
import org.hibernate.FlushMode;
import org.hibernate.Session;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The frozen snapshot of one attempt question, apart from the question's row: written once when the attempt starts,
 * never changed, and read only when the parsed question is not already in memory (see {@link FrozenQuestions}). The
 * row beside it changes with every save and at grading, and no longer carries a kilobyte of JSON through each.
 */
@Entity
@Table(name = "attempt_question_snapshot")
public class AttemptQuestionSnapshot extends PanacheEntityBase {

    /** The id of the {@link AttemptQuestion} it belongs to. */
    @Id
    @Column(name = "attempt_question_id")
    public Long attemptQuestionId;

    /** {@link FrozenQuestion} as JSON (see {@link SnapshotCodec}). */
    @Column(nullable = false)
    public String snapshot;

    static AttemptQuestionSnapshot of(AttemptQuestion row, String snapshot) {
        AttemptQuestionSnapshot stored = new AttemptQuestionSnapshot();
        stored.attemptQuestionId = row.id;
        stored.snapshot = snapshot;
        return stored;
    }

    /** Ids per query when many are missing at once (an item analysis, say). */
    private static final int BATCH = 1000;

    /**
     * The snapshots of these attempt questions as JSON, by attempt question id; read as plain values, so that the
     * session neither keeps nor checks them at commit. Plain SQL on the session's connection: Hibernate parses a query
     * with a list parameter anew for every size of list, and that parse (ANTLR, which the JIT here fails to compile)
     * made each miss of {@link FrozenQuestions} cost some 40 ms (docs/performance.md, "Third round").
     */
    static Map<Long, String> textsOf(List<Long> attemptQuestionIds) {
        Map<Long, String> texts = new HashMap<>();
        if (attemptQuestionIds.isEmpty()) {
            return texts;
        }
        Session session = getEntityManager().unwrap(Session.class);
        if (session.isJoinedToTransaction() && session.getHibernateFlushMode() == FlushMode.AUTO) {
            // What a query would do by itself: snapshots stored earlier in this transaction (an attempt that is
            // starting, whose new entries a full cache turned away) reach the database before plain SQL reads it.
            // Once for all the batches: a flush checks every entity of the session.
            session.flush();
        }
        session.doWork(connection -> {
            for (int from = 0; from < attemptQuestionIds.size(); from += BATCH) {
                List<Long> batch = attemptQuestionIds.subList(from, Math.min(attemptQuestionIds.size(), from + BATCH));
                String sql = "select attempt_question_id, snapshot from attempt_question_snapshot"
                        + " where attempt_question_id in (" + String.join(", ", Collections.nCopies(batch.size(), "?"))
                        + ")";
                try (PreparedStatement query = connection.prepareStatement(sql)) {
                    for (int i = 0; i < batch.size(); i++) {
                        query.setLong(i + 1, batch.get(i));
                    }
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            texts.put(rows.getLong(1), rows.getString(2));
                        }
                    }
                }
            }
        });
        return texts;
    }
}
