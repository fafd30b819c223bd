package org.cyberpolicy.quiz.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RosterPageTest {

    private static final String PAGE = """
            {"id": "https://lms.example.edu/nrps/2", "context": {"id": "c1", "title": "Cyber policy"},
             "members": [
               {"status": "Active", "name": "Ada Byron", "email": "ada@example.edu", "user_id": "u-1",
                "lis_person_sourcedid": "S001", "roles": ["http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"]},
               {"user_id": "u-2", "given_name": "Alan", "family_name": "Turing",
                "roles": ["http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"]},
               {"status": "Inactive", "user_id": "u-3", "roles": ["Learner"]},
               {"name": "no user id", "roles": ["Learner"]}
             ]}
            """;

    @Test
    void readsEachMemberWithTheirIdentityNameEmailAndRoles() {
        RosterPage page = RosterPage.parse(PAGE, List.of());

        assertEquals(3, page.members().size());
        RosterPage.Member ada = page.members().get(0);
        assertEquals("u-1", ada.userId());
        assertEquals("Ada Byron", ada.name());
        assertEquals(Optional.of("ada@example.edu"), ada.email());
        assertEquals(Optional.of("S001"), ada.sourcedId());
        assertEquals(List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"), ada.roles());
        assertTrue(ada.active());
    }

    @Test
    void aMemberWithoutANameIsNamedFromGivenAndFamilyNames() {
        assertEquals("Alan Turing", RosterPage.parse(PAGE, List.of()).members().get(1).name());
    }

    @Test
    void aMemberThePlatformSharesNoNameOfIsACourseMember() {
        assertEquals("Course member", RosterPage.parse(PAGE, List.of()).members().get(2).name());
    }

    @Test
    void aMemberIsActiveUnlessThePlatformSaysOtherwise() {
        List<RosterPage.Member> members = RosterPage.parse(PAGE, List.of()).members();
        assertTrue(members.get(1).active());
        assertFalse(members.get(2).active());
    }

    @Test
    void theNextPageIsTheLinkWhoseRelationIsNext() {
        String header = "<https://lms.example.edu/nrps?p=1>; rel=\"prev\", <https://lms.example.edu/nrps?p=3>;"
                + " rel=\"next\"";
        assertEquals(Optional.of("https://lms.example.edu/nrps?p=3"), RosterPage.parse(PAGE, List.of(header)).next());
    }

    @Test
    void aRelationListNamingNextCountsAndOtherRelationsDoNot() {
        assertEquals(Optional.of("https://a/2"), RosterPage.nextLink(List.of("<https://a/2>; rel=\"last next\"")));
        assertEquals(Optional.empty(), RosterPage.nextLink(List.of("<https://a/2>; rel=\"differences\"")));
        assertEquals(Optional.empty(), RosterPage.nextLink(List.of()));
    }

    @Test
    void anAnswerThatIsNotAMembershipContainerIsRefusedWithAReason() {
        IllegalArgumentException notJson = assertThrows(IllegalArgumentException.class,
                () -> RosterPage.parse("<html>", List.of()));
        assertTrue(notJson.getMessage().contains("not JSON"), notJson.getMessage());
        IllegalArgumentException noMembers = assertThrows(IllegalArgumentException.class,
                () -> RosterPage.parse("{\"id\": \"x\"}", List.of()));
        assertTrue(noMembers.getMessage().contains("no list of members"), noMembers.getMessage());
    }
}
