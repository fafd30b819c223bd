package org.cyberpolicy.quiz.lti;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.jose4j.http.Get;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;
import org.jose4j.keys.resolvers.VerificationKeyResolver;

/**
 * The platforms' public keys, fetched from their JWKS addresses with jose4j and cached per address: for as long as the
 * platform's {@code Cache-Control} says, an hour otherwise; a token whose {@code kid} is not in the cached set makes
 * the set be fetched again (at most once a second), so that a platform's new key is trusted as soon as it signs with
 * it.
 */
@ApplicationScoped
public class PlatformKeys {

    private static final int TIMEOUT_MILLIS = 5_000;
    private static final int MAX_BYTES = 512 * 1024;

    private final ConcurrentMap<String, HttpsJwks> sets = new ConcurrentHashMap<>();

    public VerificationKeyResolver resolver(Platform platform) {
        HttpsJwks jwks = sets.computeIfAbsent(platform.spec().jwksUrl(), PlatformKeys::fetcher);
        return new HttpsJwksVerificationKeyResolver(jwks);
    }

    private static HttpsJwks fetcher(String url) {
        HttpsJwks jwks = new HttpsJwks(url);
        Get get = new Get();
        get.setConnectTimeout(TIMEOUT_MILLIS);
        get.setReadTimeout(TIMEOUT_MILLIS);
        get.setRetries(1);
        get.setResponseBodySizeLimit(MAX_BYTES);
        jwks.setSimpleHttpGet(get);
        jwks.setDefaultCacheDuration(3600);
        jwks.setRefreshReprieveThreshold(1000);
        return jwks;
    }
}
