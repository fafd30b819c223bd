package org.cyberpolicy.quiz.web;

import java.util.Arrays;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;

import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.account.limits.Write;
import org.cyberpolicy.quiz.account.limits.WriteLimits;
import org.cyberpolicy.quiz.web.people.PeopleWriteLimit;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Every state-changing request to an endpoint that only staff may call (its roles are the instructor's, the
 * assistant's or both) spends one {@link Write#STAFF} write of the caller's allowance before it reaches its
 * resource: marks, regrades, overrides, bank edits, LTI platforms, grades sent again... so that a new staff endpoint
 * cannot forget the limit. Changes to people count as {@link Write#PEOPLE} instead ({@link PeopleWriteLimit}).
 * A refusal is the usual 429 with {@code Retry-After}, and nothing is changed.
 */
public class StaffWriteLimit {

    private static final Set<String> STAFF_ROLES = Set.of(Account.INSTRUCTOR, Account.ASSISTANT);

    private final WriteLimits limits;
    private final CallerAccount caller;
    private final SecurityIdentity identity;

    StaffWriteLimit(WriteLimits limits, CallerAccount caller, SecurityIdentity identity) {
        this.limits = limits;
        this.caller = caller;
        this.identity = identity;
    }

    @ServerRequestFilter
    public void spend(ContainerRequestContext request, ResourceInfo resource) {
        if (PeopleWriteLimit.changes(request) && staffOnly(resource) && !PeopleWriteLimit.changesPeople(resource)
                && !identity.isAnonymous()) {
            limits.spend(caller.id(), Write.STAFF);
        }
    }

    /** Whether only staff may call the endpoint: its roles, on the method or else on the class, are all staff roles. */
    static boolean staffOnly(ResourceInfo resource) {
        RolesAllowed roles = resource.getResourceMethod() == null ? null
                : resource.getResourceMethod().getAnnotation(RolesAllowed.class);
        if (roles == null && resource.getResourceClass() != null) {
            roles = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        return roles != null && roles.value().length > 0 && Arrays.stream(roles.value()).allMatch(STAFF_ROLES::contains);
    }
}
