package org.cyberpolicy.quiz.attempt;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

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

    /**
     * The snapshots of these attempt questions as JSON, by attempt question id; read as plain values, so that the
     * session neither keeps nor checks them at commit.
     */
    static Map<Long, String> textsOf(Collection<Long> attemptQuestionIds) {
        Map<Long, String> texts = new HashMap<>();
        getEntityManager().createQuery("select s.attemptQuestionId, s.snapshot from AttemptQuestionSnapshot s"
                + " where s.attemptQuestionId in :ids", Object[].class).setParameter("ids", attemptQuestionIds)
                .getResultList().forEach(row -> texts.put((Long) row[0], (String) row[1]));
        return texts;
    }
}
