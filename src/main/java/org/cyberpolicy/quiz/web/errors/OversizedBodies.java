package org.cyberpolicy.quiz.web.errors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.ext.web.RoutingContext;

/**
 * A request whose declared body is over {@code quarkus.http.limits.max-body-size} is refused with {@code 413} before
 * any of it is read, as Quarkus would refuse it, but with our page or JSON message (Quarkus's own answer has no
 * body). The connection is closed, since the body is not read.
 */
@ApplicationScoped
public class OversizedBodies {

    /** After the security headers (which must be on this answer too) and the head's check, before everything else. */
    static final int PRIORITY = SecurityHandlerPriorities.CORS + 90;

    private final Errors errors;
    private final long limit;

    OversizedBodies(Errors errors,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize limit) {
        this.errors = errors;
        this.limit = limit.asLongValue();
    }

    void register(@Observes Filters filters) {
        filters.register(this::onRequest, PRIORITY);
    }

    private void onRequest(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        if (length != null && declaredLength(length) > limit) {
            context.response().putHeader("Connection", "close");
            errors.send(context, 413, "What was sent is larger than the app accepts (at most " + megabytes()
                    + "). Nothing was saved.");
            return;
        }
        context.next();
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            // Not ours to judge: the HTTP layer refuses a malformed length itself.
            return -1;
        }
    }

    private String megabytes() {
        return limit % (1024 * 1024) == 0 ? limit / (1024 * 1024) + " MB" : limit / 1024 + " KB";
    }
}
