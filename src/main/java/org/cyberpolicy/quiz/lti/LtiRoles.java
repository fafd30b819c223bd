package org.cyberpolicy.quiz.lti;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

import org.cyberpolicy.quiz.account.Account;

/**
 * Which of the app's roles an LMS user gets from the LTI roles of a launch (LIS vocabulary). In the course (membership
 * roles): a teaching assistant ({@code membership/Instructor#TeachingAssistant}, which Canvas sends beside
 * {@code membership#Instructor}) makes an assistant, unless the user is also the course's Administrator; Instructor and
 * Administrator, and their other sub-roles, make an instructor; Learner (and its sub-roles) a student. A launch with
 * no course role falls back on the system or institution roles: Administrator, Instructor or Faculty make an
 * instructor, Student or Learner a student. Other roles (Mentor, Guest, ContentDeveloper alone...) get nothing.
 */
public final class LtiRoles {

    private static final String MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership#";
    private static final String MEMBERSHIP_SUB = "http://purl.imsglobal.org/vocab/lis/v2/membership/";
    private static final String INSTITUTION = "http://purl.imsglobal.org/vocab/lis/v2/institution/person#";
    private static final String SYSTEM = "http://purl.imsglobal.org/vocab/lis/v2/system/person#";

    private static final Set<String> TEACHING = Set.of("Instructor", "Administrator");
    private static final String TEACHING_ASSISTANT = MEMBERSHIP_SUB + "Instructor#TeachingAssistant";
    private static final Set<String> LEARNING = Set.of("Learner");

    private LtiRoles() {
    }

    /** The app's role for these LTI roles: {@link Account#INSTRUCTOR}, {@link Account#ASSISTANT}, {@link Account#STUDENT}, or none. */
    public static Optional<String> appRole(Collection<String> roles) {
        boolean teaches = false;
        boolean administers = false;
        boolean learns = false;
        for (String role : roles) {
            String context = contextRole(role);
            teaches |= context != null && TEACHING.contains(context);
            administers |= "Administrator".equals(context);
            learns |= context != null && LEARNING.contains(context);
        }
        if (teaches && !administers && roles.contains(TEACHING_ASSISTANT)) {
            return Optional.of(Account.ASSISTANT);
        }
        if (teaches) {
            return Optional.of(Account.INSTRUCTOR);
        }
        if (learns) {
            return Optional.of(Account.STUDENT);
        }
        boolean anyContextRole = roles.stream().anyMatch(role -> contextRole(role) != null);
        if (!anyContextRole) {
            for (String role : roles) {
                if (role.equals(SYSTEM + "Administrator") || role.equals(INSTITUTION + "Administrator")
                        || role.equals(INSTITUTION + "Instructor") || role.equals(INSTITUTION + "Faculty")) {
                    return Optional.of(Account.INSTRUCTOR);
                }
            }
            for (String role : roles) {
                if (role.equals(INSTITUTION + "Student") || role.equals(INSTITUTION + "Learner")) {
                    return Optional.of(Account.STUDENT);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The principal course role a role names ({@code Instructor} for {@code membership#Instructor},
     * {@code membership/Instructor#TeachingAssistant} and the simple name {@code Instructor}), or null.
     */
    static String contextRole(String role) {
        if (role == null) {
            return null;
        }
        if (role.startsWith(MEMBERSHIP)) {
            return role.substring(MEMBERSHIP.length());
        }
        if (role.startsWith(MEMBERSHIP_SUB)) {
            int hash = role.indexOf('#', MEMBERSHIP_SUB.length());
            return hash < 0 ? null : role.substring(MEMBERSHIP_SUB.length(), hash);
        }
        // LTI 1.3 allows the simple names of course roles (deprecated, still sent by some platforms).
        if (role.matches("[A-Za-z]+")) {
            return role;
        }
        return null;
    }
}
