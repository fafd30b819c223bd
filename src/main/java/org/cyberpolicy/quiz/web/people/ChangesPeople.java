package org.cyberpolicy.quiz.web.people;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint outside this package whose change counts against the staff member's allowance of changes to
 * people ({@link PeopleWriteLimit}) rather than of other staff changes ({@code web.StaffWriteLimit}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ChangesPeople {
}
