package org.cyberpolicy.quiz.web;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.cyberpolicy.quiz.storage.StorageFailure;
import org.cyberpolicy.quiz.storage.StorageFailures;
import org.cyberpolicy.quiz.storage.StorageMessages;
import org.cyberpolicy.quiz.web.api.ApiError;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A request that fails because the database could not store (or, after such a failure, read) anything answers
 * {@code 503} with {@link StorageMessages#SAVE_FAILED}: an {@link ApiError} under {@code /api}, a page elsewhere. Nothing
 * it tried to write was recorded, so the student may simply try again.
 * <p>
 * This is a failure handler of the HTTP router rather than a REST exception mapper because the database is also read
 * while signing the caller in, before any resource runs; failures from resources reach the router too.
 */
@ApplicationScoped
public class StorageErrors {

    private static final Logger LOG = Logger.getLogger(StorageErrors.class);

    @CheckedTemplate
    static class Templates {
        /** A page of its own, not the layout: the layout reads the signed-in account, which the database may refuse. */
        static native TemplateInstance unavailable(String message);
    }

    private final StorageFailures failures;
    private final ObjectMapper json;

    StorageErrors(StorageFailures failures, ObjectMapper json) {
        this.failures = failures;
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    private void handle(RoutingContext context) {
        Optional<Throwable> storage = context.failure() == null ? Optional.empty()
                : StorageFailure.in(context.failure());
        if (storage.isEmpty() || context.response().headWritten()) {
            context.next();
            return;
        }
        failures.record(storage.get());
        LOG.errorf(context.failure(), "%s %s failed for lack of storage: %s", context.request().method(),
                context.request().path(), storage.get().getMessage());
        String body;
        String type;
        if (context.request().path().startsWith("/api/")) {
            try {
                body = json.writeValueAsString(new ApiError(StorageMessages.SAVE_FAILED));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            type = "application/json";
        } else {
            body = Templates.unavailable(StorageMessages.SAVE_FAILED).render();
            type = "text/html;charset=UTF-8";
        }
        context.response().setStatusCode(503).putHeader("Content-Type", type).putHeader("Cache-Control", "no-store")
                .end(body);
    }
}
