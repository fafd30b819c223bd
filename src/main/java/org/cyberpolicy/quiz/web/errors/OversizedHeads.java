package org.cyberpolicy.quiz.web.errors;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * A request whose address is too long ({@code 414}) or whose headers are too large ({@code 431}: cookies, most
 * likely) is refused here, through {@link Errors}, so that the answer carries the security headers, a message and our
 * page (JSON under {@code /api}) like every other refusal.
 * <p>
 * Why here and not in the HTTP codec, which refused these until now. Vert.x's codec refuses a request line longer than
 * {@code quarkus.http.limits.max-initial-line-length} and headers larger than {@code max-header-size} before the
 * request exists for Quarkus: Vert.x's own "invalid request handler" answers a bare 414 or 431, without a body and
 * without any header of {@code SecurityHeaders}, since no route or filter ever sees the request. That handler can only
 * be replaced on Vert.x's {@code HttpServer} before it starts listening, and Quarkus makes its server without a hook
 * for it ({@code HttpServerOptionsCustomizer} sees the options only). So {@code application.properties} raises the
 * codec's two limits (32K of request line, 64K of headers) well above the app's, and this filter applies the app's
 * own limits, the ones Quarkus had by default: an address of at most 4096 characters and 20K of headers. Anything
 * beyond the raised limits is still refused bare by the codec: no browser sends that, only a script probing the
 * server (docs/security.md, "What is not covered"). The raised limits bound what one connection may make the codec
 * hold while it reads a request's head.
 */
@ApplicationScoped
public class OversizedHeads {

    /** Right after the security headers, before the body check and everything else. */
    static final int PRIORITY = OversizedBodies.PRIORITY + 5;

    private final Errors errors;
    private final int maxAddressLength;
    private final long maxHeaderSize;

    OversizedHeads(Errors errors,
            @ConfigProperty(name = "quiz.http.max-address-length", defaultValue = "4096") int maxAddressLength,
            @ConfigProperty(name = "quiz.http.max-header-size", defaultValue = "20K") MemorySize maxHeaderSize) {
        this.errors = errors;
        this.maxAddressLength = maxAddressLength;
        this.maxHeaderSize = maxHeaderSize.asLongValue();
    }

    void register(@Observes Filters filters) {
        filters.register(this::onRequest, PRIORITY);
    }

    private void onRequest(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.uri().length() > maxAddressLength) {
            refuse(context, 414, "The address of the request is longer than the app accepts (at most "
                    + maxAddressLength + " characters). Check the link, or start again from the front page.");
            return;
        }
        if (headerSize(request) > maxHeaderSize) {
            refuse(context, 431, "The request's headers are larger than the app accepts (at most "
                    + maxHeaderSize / 1024 + " KB); most often the browser holds too many cookies for this"
                    + " site. Deleting this site's cookies should help.");
            return;
        }
        context.next();
    }

    /** As the codec counts it: each header line without its line end. */
    private static long headerSize(HttpServerRequest request) {
        long size = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            size += header.getKey().length() + 2 + header.getValue().length();
        }
        return size;
    }

    private void refuse(RoutingContext context, int status, String message) {
        // Like the codec's refusal: whatever body follows is not read, so the connection cannot carry another request.
        context.response().putHeader("Connection", "close");
        errors.send(context, status, message);
    }
}
