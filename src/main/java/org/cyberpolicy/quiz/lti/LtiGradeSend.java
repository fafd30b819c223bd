package org.cyberpolicy.quiz.lti;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One score in the grade passback outbox, for one student and one line item. Written in the transaction that changed
 * the grade; changed afterwards only by updates that name its {@link #version} (an optimistic claim), so that two
 * instances never send it both.
 */
@Entity
@Table(name = "lti_grade_send")
public class LtiGradeSend extends PanacheEntityBase {

    public static final String WAITING = "waiting";
    public static final String SENDING = "sending";
    public static final String SENT = "sent";
    public static final String FAILED = "failed";
    public static final String SUPERSEDED = "superseded";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "account_id", nullable = false)
    public long accountId;

    @Column(nullable = false)
    public String issuer;

    @Column(name = "client_id", nullable = false)
    public String clientId;

    /** The platform's user id ({@code sub}), sent as {@code userId}. */
    @Column(name = "user_sub", nullable = false)
    public String userSub;

    @Column(name = "quiz_id", nullable = false)
    public String quizId;

    @Column(name = "lineitem_url", nullable = false)
    public String lineitemUrl;

    @Column(name = "score_given")
    public BigDecimal scoreGiven;

    @Column(name = "score_maximum")
    public BigDecimal scoreMaximum;

    @Column(name = "activity_progress", nullable = false)
    public String activityProgress;

    @Column(name = "grading_progress", nullable = false)
    public String gradingProgress;

    /** When the score changed here: the score's {@code timestamp}. */
    @Column(name = "scored_at", nullable = false)
    public Instant scoredAt;

    @Column(nullable = false)
    public String reason;

    @Column(nullable = false)
    public String state;

    @Column(nullable = false)
    public int tries;

    @Column(name = "next_try_at")
    public Instant nextTryAt;

    @Column(name = "claimed_until")
    public Instant claimedUntil;

    @Column(name = "last_status")
    public Integer lastStatus;

    /** The platform's answer to the last try, short and without any token. */
    @Column(name = "last_answer")
    public String lastAnswer;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public long version;

    /** The ids and versions of the scores due now, oldest first; none whose older score is being sent. */
    @SuppressWarnings("unchecked")
    static List<Object[]> due(Instant now, int limit) {
        return getEntityManager().createQuery("""
                select s.id, s.version from LtiGradeSend s
                where ((s.state = 'waiting' and s.nextTryAt <= ?1) or (s.state = 'sending' and s.claimedUntil < ?1))
                  and not exists (select o.id from LtiGradeSend o where o.accountId = s.accountId
                      and o.lineitemUrl = s.lineitemUrl and o.id < s.id and o.state = 'sending'
                      and o.claimedUntil >= ?1)
                order by s.id""").setParameter(1, now).setMaxResults(limit).getResultList();
    }

    /** Every score of an account, oldest first (its own-data download). */
    public static List<LtiGradeSend> ofAccount(long accountId) {
        return list("accountId = ?1 order by id", accountId);
    }

    /** The latest score of every student and line item, newest first. */
    public static List<LtiGradeSend> latest(int limit) {
        return getEntityManager().createQuery("""
                select s from LtiGradeSend s where s.id = (select max(o.id) from LtiGradeSend o
                    where o.accountId = s.accountId and o.lineitemUrl = s.lineitemUrl)
                order by s.id desc""", LtiGradeSend.class).setMaxResults(limit).getResultList();
    }
}
