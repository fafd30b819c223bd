package org.cyberpolicy.quiz.web.people;

import java.lang.reflect.Method;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;

import org.cyberpolicy.quiz.account.limits.Write;
import org.cyberpolicy.quiz.account.limits.WriteLimits;
import org.cyberpolicy.quiz.web.CallerAccount;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Every state-changing request to the people pages and APIs of this package (staff, sections, rosters, links), and to
 * an endpoint elsewhere marked {@link ChangesPeople} (a roster read from a learning platform), spends one
 * {@link Write#PEOPLE} write of the caller's allowance before it reaches its resource, so that a new endpoint here
 * cannot forget the limit. A refusal is the usual 429 with {@code Retry-After}, and nothing is changed.
 */
public class PeopleWriteLimit {

    private final WriteLimits limits;
    private final CallerAccount caller;
    private final SecurityIdentity identity;

    PeopleWriteLimit(WriteLimits limits, CallerAccount caller, SecurityIdentity identity) {
        this.limits = limits;
        this.caller = caller;
        this.identity = identity;
    }

    @ServerRequestFilter
    public void spend(ContainerRequestContext request, ResourceInfo resource) {
        if (changes(request) && changesPeople(resource) && !identity.isAnonymous()) {
            limits.spend(caller.id(), Write.PEOPLE);
        }
    }

    /** Whether the request may change something: anything but a read. */
    public static boolean changes(ContainerRequestContext request) {
        return !HttpMethod.GET.equals(request.getMethod()) && !HttpMethod.HEAD.equals(request.getMethod());
    }

    /** Whether a change through this endpoint counts as a change to people. */
    public static boolean changesPeople(ResourceInfo resource) {
        Class<?> target = resource.getResourceClass();
        Method method = resource.getResourceMethod();
        return target != null && (target.getPackageName().equals(PeopleWriteLimit.class.getPackageName())
                || method != null && method.isAnnotationPresent(ChangesPeople.class));
    }
}
