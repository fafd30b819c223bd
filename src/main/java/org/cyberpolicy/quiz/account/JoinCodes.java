package org.cyberpolicy.quiz.account;

import java.util.List;
import java.util.Optional;

import org.cyberpolicy.quiz.account.RegistrationProblem.Field;

/**
 * A section's join code, as a self-registering student enters it (docs/people.md): the code names the section the new
 * account joins. Codes are compared as typed, but without surrounding spaces and ignoring case.
 */
final class JoinCodes {

    static final RegistrationProblem UNKNOWN = new RegistrationProblem(Field.JOIN_CODE,
            "that join code does not belong to any section; ask your instructor for it, or leave it empty");

    private JoinCodes() {
    }

    /** The id of the section whose join code this is; needs a transaction. */
    static Optional<String> sectionOf(String code) {
        @SuppressWarnings("unchecked")
        List<String> ids = Account.getEntityManager()
                .createNativeQuery("select id from section where upper(join_code) = upper(?1)")
                .setParameter(1, code.strip()).getResultList();
        return ids.stream().findFirst();
    }

    static void join(String sectionId, long accountId) {
        Account.getEntityManager()
                .createNativeQuery("insert into section_member (section_id, account_id) values (?1, ?2)")
                .setParameter(1, sectionId).setParameter(2, accountId).executeUpdate();
    }
}
