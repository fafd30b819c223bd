package org.cyberpolicy.quiz.attempt;

/**
 * A student's grade at a quiz may have changed: an attempt was graded (submitted, ended by an instructor, or closed
 * when its time ran out), reopened, or had a mark changed by hand or by a regrade. Fired synchronously inside the
 * transaction that made the change, so that an observer's writes commit (or roll back) with it; grade passback
 * (lti.GradePassback) writes its outbox row from it.
 */
public record GradeChanged(long accountId, String quizId, Reason reason) {

    public enum Reason {
        GRADED("graded"), REOPENED("reopened"), MARKED("mark changed"), REGRADED("regraded");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
