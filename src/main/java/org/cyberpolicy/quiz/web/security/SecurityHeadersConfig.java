package org.cyberpolicy.quiz.web.security;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The security headers every response carries (see {@link SecurityHeaders}); only HSTS is configurable. */
@ConfigMapping(prefix = "quiz.security")
public interface SecurityHeadersConfig {

    /**
     * Whether responses to requests that came over HTTPS carry {@code Strict-Transport-Security}. Plain-HTTP responses
     * never do (browsers ignore it there, and it must not pin a test or intranet host to HTTPS by accident). Behind a
     * proxy that ends TLS, the request counts as HTTPS only when Quarkus trusts the proxy's forwarded headers
     * ({@code quarkus.http.proxy.proxy-address-forwarding=true}, {@code allow-x-forwarded=true}). Default true.
     */
    @WithDefault("true")
    boolean hsts();

    /** How long browsers keep to HTTPS after seeing HSTS. Default 365 days. */
    @WithDefault("365D")
    Duration hstsMaxAge();
}
