package org.cyberpolicy.quiz.web.errors;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.cyberpolicy.quiz.storage.StorageFailure;
import org.cyberpolicy.quiz.storage.StorageFailures;
import org.cyberpolicy.quiz.storage.StorageMessages;
import org.jboss.logging.Logger;

import io.quarkus.security.AuthenticationException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The errors met on the HTTP router, before, around or after the REST resources, answered through {@link Errors}:
 * <ul>
 * <li>a request that failed because the database could not store (or, after such a failure, read) anything:
 * {@code 503} with {@link StorageMessages#SAVE_FAILED}. Nothing it tried to write was recorded, so the student may
 * simply try again. The database is also read while signing the caller in, before any resource runs, so this cannot
 * be a REST exception mapper;</li>
 * <li>a signed-in user refused by the path permissions ({@code /instructor} for a student): {@code 403};</li>
 * <li>a status the HTTP layer set itself;</li>
 * <li>anything else that escaped a resource: {@code 500}, logged with a reference that the page repeats.</li>
 * </ul>
 * A request that needs signing in is left to Quarkus, which sends the browser to the sign-in page and a script a
 * Basic challenge.
 */
@ApplicationScoped
public class RouterErrors {

    private static final Logger LOG = Logger.getLogger(RouterErrors.class);

    private final StorageFailures failures;
    private final Errors errors;

    RouterErrors(StorageFailures failures, Errors errors) {
        this.failures = failures;
        this.errors = errors;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failed);
    }

    private void failed(RoutingContext context) {
        if (context.response().headWritten() || context.response().ended()) {
            context.next();
            return;
        }
        Throwable failure = context.failure();
        Optional<Throwable> storage = failure == null ? Optional.empty() : StorageFailure.in(failure);
        if (storage.isPresent()) {
            failures.record(storage.get());
            LOG.errorf(failure, "%s %s failed for lack of storage: %s", context.request().method(),
                    logged(context.request().path()), storage.get().getMessage());
            noStore(context);
            errors.send(context, 503, StorageMessages.SAVE_FAILED);
            return;
        }
        if (failure instanceof UnauthorizedException || failure instanceof AuthenticationException) {
            // Quarkus's own handler sends the browser to the sign-in page, or a script a challenge.
            context.next();
            return;
        }
        if (failure instanceof ForbiddenException) {
            errors.send(context, 403, null);
            return;
        }
        if (failure == null) {
            // A status the HTTP layer failed the request with itself.
            int status = context.statusCode() >= 400 ? context.statusCode() : 500;
            errors.send(context, status, null);
            return;
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(failure, "%s %s failed (reference %s)", context.request().method(),
                logged(context.request().path()), reference);
        errors.send(context, 500, Errors.sentence(500) + " (Reference: " + reference + ".)");
    }

    /** A path as the log may show it: a one-time link's token never is (docs/security.md). */
    static String logged(String path) {
        return path != null && path.startsWith("/link/") ? "/link/…" : path;
    }

    private static void noStore(RoutingContext context) {
        context.response().putHeader("Cache-Control", "no-store");
    }
}
