package org.cyberpolicy.quiz.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.cyberpolicy.quiz.account.StaffLookalikes.StaffName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Names that pass for staff, and names that only look a little like them. */
class StaffLookalikesTest {

    private static final List<StaffName> STAFF = List.of(new StaffName("instructor", "Instructor"),
            new StaffName("jokafor", "Dr Jane Okafor"));

    private static List<String> problems(String username, String displayName) {
        return StaffLookalikes.problems(username, displayName, STAFF).stream().map(RegistrationProblem::message)
                .toList();
    }

    @ParameterizedTest
    @ValueSource(strings = { "Instructor", "INSTRUCTOR", "Іnstructor", "Instruсtor", "Ιnstructor", "ｉｎｓｔｒｕｃｔｏｒ",
            "Ínstructor", "1nstructor", "lnstructor", "|nstructor", "In structor", "in.struc.tor", "Instructor 2",
            "Instructor\u200D", "𝐈𝐧𝐬𝐭𝐫𝐮𝐜𝐭𝐨𝐫" })
    void everyDisguiseOfInstructorHasItsSkeleton(String name) {
        assertEquals(NameSkeleton.of("instructor"), NameSkeleton.of(name.replace(" 2", "")), name);
    }

    @Test
    void lettersThatLookAlikeInPairsToo() {
        assertEquals(NameSkeleton.of("admin"), NameSkeleton.of("adrnin"));
        assertEquals(NameSkeleton.of("wendy"), NameSkeleton.of("vvendy"));
    }

    @Test
    void differentNamesKeepDifferentSkeletons() {
        assertNotEquals(NameSkeleton.of("instructor"), NameSkeleton.of("constructor"));
        assertNotEquals(NameSkeleton.of("admin"), NameSkeleton.of("badminton"));
        assertNotEquals(NameSkeleton.of("Jane"), NameSkeleton.of("June"));
    }

    @Test
    void aRoleWordAsOneWordOfADisplayNameIsRefused() {
        assertEquals(List.of("display name looks like 'teacher', which is kept for staff; choose a name that is"
                + " clearly yours"), problems("student1", "Your Teacher Bob"));
    }

    @Test
    void aRoleWordAsOnePartOfAUsernameIsRefused() {
        assertEquals(List.of("username looks like 'admin', which is kept for staff; choose one that does not"),
                problems("bob.admin", "Bob"));
    }

    @Test
    void aSystemNameIsRefusedOnlyAsTheWholeName() {
        assertEquals(List.of("display name looks like 'support', which is kept for staff; choose a name that is"
                + " clearly yours"), problems("student2", "Support"));
        assertEquals(List.of(), problems("student2", "Tech Support Fan"));
        assertEquals(List.of(), problems("student2", "Joe Root"));
    }

    @Test
    void anInstructorAccountsNamesAreRefusedInDisguise() {
        assertEquals(List.of("display name looks like the name of a staff account; choose a name that is clearly"
                + " yours"), problems("student3", "Dr Jаne 0kafor"));
        assertEquals(List.of("username looks like the name of a staff account; choose one that does not"),
                problems("j.okafor", "Jay"));
        assertEquals(List.of("display name looks like the name of a staff account; choose a name that is clearly"
                + " yours"), problems("student3", "J-Okafor"));
    }

    @Test
    void aNameThatOnlySharesAWordWithAStaffNameIsFine() {
        assertEquals(List.of(), problems("jane.okafor.student", "Jane Okafor"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "Badminton Club", "Staffordshire", "Constructor", "Ирина", "Zoë", "😀", "" })
    void ordinaryNamesPass(String displayName) {
        assertEquals(List.of(), problems("someone", displayName));
    }
}
