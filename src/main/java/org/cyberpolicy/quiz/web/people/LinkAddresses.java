package org.cyberpolicy.quiz.web.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;

import org.cyberpolicy.quiz.people.PeopleConfig;

/** What one-time links begin with: {@code quiz.people.public-url}, or the address the staff member's request came to. */
@ApplicationScoped
public class LinkAddresses {

    private final PeopleConfig config;

    LinkAddresses(PeopleConfig config) {
        this.config = config;
    }

    public String base(UriInfo uri) {
        String base = config.publicUrl().orElseGet(() -> uri.getBaseUri().toString());
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
