package org.cyberpolicy.quiz.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.cyberpolicy.quiz.account.Account;
import org.junit.jupiter.api.Test;

/** LTI roles onto the app's roles. */
class LtiRolesTest {

    private static final String LIS = "http://purl.imsglobal.org/vocab/lis/v2/";

    @Test
    void courseRolesDecide() {
        assertEquals(Optional.of(Account.STUDENT), LtiRoles.appRole(List.of(LIS + "membership#Learner",
                LIS + "institution/person#Student")));
        assertEquals(Optional.of(Account.INSTRUCTOR), LtiRoles.appRole(List.of(LIS + "membership#Instructor")));
        assertEquals(Optional.of(Account.INSTRUCTOR), LtiRoles.appRole(List.of(LIS + "membership#Administrator")));
        // A teaching assistant is an assistant, also when the platform sends the Instructor role beside it (Canvas).
        assertEquals(Optional.of(Account.ASSISTANT),
                LtiRoles.appRole(List.of(LIS + "membership/Instructor#TeachingAssistant")));
        assertEquals(Optional.of(Account.ASSISTANT), LtiRoles.appRole(List.of(LIS + "membership#Instructor",
                LIS + "membership/Instructor#TeachingAssistant")));
        assertEquals(Optional.of(Account.INSTRUCTOR), LtiRoles.appRole(List.of(LIS + "membership#Administrator",
                LIS + "membership/Instructor#TeachingAssistant")));
        // A faculty member who takes a course as a learner is a student in it.
        assertEquals(Optional.of(Account.STUDENT), LtiRoles.appRole(List.of(LIS + "membership#Learner",
                LIS + "institution/person#Faculty")));
        assertEquals(Optional.of(Account.INSTRUCTOR), LtiRoles.appRole(List.of("Instructor")));
    }

    @Test
    void institutionRolesCountOnlyWithoutACourseRole() {
        assertEquals(Optional.of(Account.INSTRUCTOR),
                LtiRoles.appRole(List.of(LIS + "system/person#Administrator")));
        assertEquals(Optional.of(Account.STUDENT), LtiRoles.appRole(List.of(LIS + "institution/person#Student")));
        assertEquals(Optional.empty(), LtiRoles.appRole(List.of(LIS + "membership#Mentor",
                LIS + "institution/person#Faculty")));
        assertEquals(Optional.empty(), LtiRoles.appRole(List.of()));
    }
}
