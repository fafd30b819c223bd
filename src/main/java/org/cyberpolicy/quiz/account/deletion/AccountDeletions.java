package org.cyberpolicy.quiz.account.deletion;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.cyberpolicy.quiz.Refusal;
import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.lti.LtiUser;
import org.cyberpolicy.quiz.account.session.Sessions;
import org.jboss.logging.Logger;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A student's account deleted at their request (docs/own-data.md): the student asks, re-entering their password; an
 * instructor sees the pending requests and confirms one, choosing whether the attempts are deleted or kept
 * anonymised. Confirming, in one transaction: the account can no longer sign in (its password becomes a hash of
 * random bytes nobody knows, its username changes), its sessions end, its personal fields are erased (username
 * {@code deleted-<id>}, display name "Deleted student <id>", no student number), its training memory, history and
 * accommodations are deleted, and its attempts are deleted or kept under the anonymous name.
 */
@ApplicationScoped
public class AccountDeletions {

    private static final Logger LOG = Logger.getLogger(AccountDeletions.class);

    /** What a refused request says above its problems. */
    public static final String NOT_REQUESTED = "The deletion was not requested.";

    /** A pending request, as an instructor sees it. */
    public record Pending(long accountId, String username, String displayName, String studentNumber,
            Instant requestedAt, long attempts) {
    }

    /** A confirmed deletion: the account's anonymous name, and how many attempts were deleted or kept. */
    public record Deleted(long accountId, String username, String displayName, DeletionChoice choice,
            long attempts) {
    }

    private final Sessions sessions;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AccountDeletions(Sessions sessions) {
        this.sessions = sessions;
        this.clock = Clock.systemUTC();
    }

    /** The display name a deleted account takes, which the gradebook and the exports show. */
    public static String anonymousName(long accountId) {
        return "Deleted student " + accountId;
    }

    /**
     * Records a student's request, once their password is checked (bcrypt, outside any transaction; an account from a
     * learning platform has none to check). Asking again while a request is pending changes nothing.
     *
     * @return when the request was made
     * @throws Refusal invalid when the password is not right; forbidden for an instructor's account
     */
    public Instant request(long accountId, String password) {
        Account account = QuarkusTransaction.requiringNew().call(() -> Account.<Account>findById(accountId));
        if (account == null || account.deletedAt != null) {
            throw Refusal.notFound("There is no such account.");
        }
        if (!Account.STUDENT.equals(account.role)) {
            throw Refusal.forbidden("Only a student's account can be deleted this way; an instructor's account is"
                    + " removed by whoever runs the server.");
        }
        if (!signsInThroughAPlatform(accountId)
                && (password == null || !BcryptUtil.matches(password, account.passwordHash))) {
            throw Refusal.invalid(NOT_REQUESTED, List.of("The password is not right."));
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Account current = Account.findById(accountId);
            if (current.deletionRequestedAt == null) {
                current.deletionRequestedAt = clock.instant();
                LOG.infof("account %d asked for its deletion", accountId);
            }
            return current.deletionRequestedAt;
        });
    }

    /**
     * Takes back the account's waiting request: the student changed their mind before an instructor confirmed it.
     *
     * @return whether a request was waiting
     */
    public boolean withdraw(long accountId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Account account = Account.findById(accountId);
            if (account == null || account.deletedAt != null || account.deletionRequestedAt == null) {
                return false;
            }
            account.deletionRequestedAt = null;
            LOG.infof("account %d withdrew its deletion request", accountId);
            return true;
        });
    }

    /**
     * Whether the account came from a learning platform (LTI) and has no password anyone knows: its request needs
     * none, since the platform vouched for the person at this session's launch (and an instructor confirms anyway).
     */
    public boolean signsInThroughAPlatform(long accountId) {
        return QuarkusTransaction.requiringNew().call(() -> LtiUser.findByAccount(accountId).isPresent());
    }

    /** When the account asked for its deletion, while the request waits for an instructor. */
    public Optional<Instant> pendingSince(long accountId) {
        return QuarkusTransaction.requiringNew().call(() -> Optional.ofNullable(Account.<Account>findById(accountId))
                .filter(a -> a.deletedAt == null).map(a -> a.deletionRequestedAt));
    }

    /** Every request waiting for an instructor, oldest first. */
    public List<Pending> pending() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Account> accounts = Account.list(
                    "deletionRequestedAt is not null and deletedAt is null order by deletionRequestedAt, id");
            EntityManager em = Account.getEntityManager();
            return accounts.stream().map(a -> new Pending(a.id, a.username, a.displayName, a.studentNumber,
                    a.deletionRequestedAt, em.createQuery("select count(t) from Attempt t where t.account.id = ?1",
                            Long.class).setParameter(1, a.id).getSingleResult())).toList();
        });
    }

    /**
     * Deletes the account of a pending request, as described above.
     *
     * @param instructorId who confirms, for the log
     * @throws Refusal not found when no request of that account is pending
     */
    public Deleted confirm(long accountId, DeletionChoice choice, long instructorId) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        // A bcrypt hash of 32 random bytes that are then forgotten: no password signs in any more.
        String unusable = Account.hash(HexFormat.of().formatHex(secret));
        Deleted deleted = QuarkusTransaction.requiringNew().call(() -> {
            Account account = Account.findById(accountId);
            if (account == null || account.deletionRequestedAt == null || account.deletedAt != null) {
                throw Refusal.notFound("No deletion request of that account is waiting.");
            }
            EntityManager em = Account.getEntityManager();
            em.flush();
            // Training: the review log first, which points at training questions and attempts.
            execute(em, "delete from review_log where account_id = ?1", accountId);
            execute(em, "delete from training_question where account_id = ?1", accountId);
            execute(em, "delete from fact_memory where account_id = ?1", accountId);
            execute(em, "delete from training_extra where account_id = ?1", accountId);
            // Accommodations name the student: they go in both cases.
            execute(em, "delete from quiz_override where account_id = ?1", accountId);
            // What ties the account to a learning platform's user (LTI): the link to their LMS identity, the courses
            // they launched from, the scores sent or waiting to be sent under their LMS id. A later launch from the
            // platform makes a new account.
            execute(em, "delete from lti_grade_send where account_id = ?1", accountId);
            execute(em, "delete from lti_deep_link where account_id = ?1", accountId);
            execute(em, "delete from lti_membership where lti_user_id in (select id from lti_user where account_id"
                    + " = ?1)", accountId);
            execute(em, "delete from lti_user where account_id = ?1", accountId);
            long attempts = ((Number) em.createNativeQuery("select count(*) from attempt where account_id = ?1")
                    .setParameter(1, accountId).getSingleResult()).longValue();
            if (choice == DeletionChoice.DELETE_ATTEMPTS) {
                String ofAccount = "select q.id from attempt_question q join attempt a on a.id = q.attempt_id"
                        + " where a.account_id = ?1";
                execute(em, "delete from mark_change where attempt_id in (select id from attempt where account_id"
                        + " = ?1)", accountId);
                execute(em, "delete from attempt_question_snapshot where attempt_question_id in (" + ofAccount + ")",
                        accountId);
                execute(em, "delete from attempt_question where attempt_id in (select id from attempt where"
                        + " account_id = ?1)", accountId);
                execute(em, "delete from attempt where account_id = ?1", accountId);
            }
            em.clear();
            Account erased = Account.findById(accountId);
            erased.username = freeUsername(accountId);
            erased.displayName = anonymousName(accountId);
            erased.studentNumber = null;
            erased.email = null;
            erased.passwordHash = unusable;
            erased.deletedAt = clock.instant();
            erased.deletionOutcome = choice.name();
            sessions.endAllOf(accountId, null);
            return new Deleted(accountId, erased.username, erased.displayName, choice, attempts);
        });
        LOG.infof("account %d deleted at its request, confirmed by account %d: %d attempts %s", accountId,
                instructorId, deleted.attempts(), choice == DeletionChoice.DELETE_ATTEMPTS ? "deleted"
                        : "kept anonymised");
        return deleted;
    }

    /** {@code deleted-<id>}, or with a random suffix in the unlikely case that someone registered that name. */
    private String freeUsername(long accountId) {
        String name = "deleted-" + accountId;
        if (Account.findByUsername(name).isEmpty()) {
            return name;
        }
        byte[] suffix = new byte[4];
        random.nextBytes(suffix);
        return name + "-" + HexFormat.of().formatHex(suffix);
    }

    private static void execute(EntityManager em, String sql, long accountId) {
        em.createNativeQuery(sql).setParameter(1, accountId).executeUpdate();
    }
}
