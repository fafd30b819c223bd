package org.cyberpolicy.quiz.lti;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The tool's RSA key pair (2048 bits, RS256): made at the first use, kept in the database so that every instance and
 * every restart signs with the same key and platforms that cached the public key keep trusting it. The private key
 * never leaves this class but as a {@link PrivateKey} to sign with, and is never logged; {@link #publicJwks()} is what
 * {@code GET /lti/jwks} publishes.
 */
@ApplicationScoped
public class ToolKeys {

    private static final int BITS = 2048;

    private final Clock clock = Clock.systemUTC();
    private volatile RsaJsonWebKey key;

    /** The key pair, with its key id and algorithm, made and stored first if there is none. */
    public RsaJsonWebKey current() {
        RsaJsonWebKey known = key;
        if (known == null) {
            synchronized (this) {
                if (key == null) {
                    key = load();
                }
                known = key;
            }
        }
        return known;
    }

    /** The public key set: the public half only, with kid, alg RS256 and use sig. */
    public String publicJwks() {
        RsaJsonWebKey pair = current();
        RsaJsonWebKey publicOnly = new RsaJsonWebKey(pair.getRsaPublicKey());
        publicOnly.setKeyId(pair.getKeyId());
        publicOnly.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
        publicOnly.setUse("sig");
        return new JsonWebKeySet(publicOnly).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    }

    /**
     * Signs claims as the tool (RS256, the key's {@code kid}, {@code typ} JWT): a deep linking answer, a client
     * assertion.
     *
     * @param what what is signed, for the message of a failure
     */
    public static String sign(RsaJsonWebKey key, JwtClaims claims, String what) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.getPrivateKey());
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(what + " cannot be signed", e);
        }
    }

    private RsaJsonWebKey load() {
        ToolKeyRow row = QuarkusTransaction.requiringNew().call(() -> ToolKeyRow.<ToolKeyRow>findById(ToolKeyRow.SLOT));
        if (row == null) {
            try {
                row = QuarkusTransaction.requiringNew().call(this::make);
            } catch (PersistenceException madeMeanwhile) {
                // Another instance made it at the same moment: the first one stored is the key.
                row = QuarkusTransaction.requiringNew().call(() -> ToolKeyRow.<ToolKeyRow>findById(ToolKeyRow.SLOT));
            }
        }
        return toJwk(row);
    }

    private ToolKeyRow make() {
        KeyPair pair;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(BITS);
            pair = generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
        RsaJsonWebKey jwk = new RsaJsonWebKey((RSAPublicKey) pair.getPublic());
        ToolKeyRow row = new ToolKeyRow();
        row.slot = ToolKeyRow.SLOT;
        row.kid = jwk.calculateBase64urlEncodedThumbprint("SHA-256");
        row.privateKey = Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
        row.publicKey = Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
        row.createdAt = clock.instant();
        row.persist();
        ToolKeyRow.flush();
        return row;
    }

    private static RsaJsonWebKey toJwk(ToolKeyRow row) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(
                    new X509EncodedKeySpec(Base64.getDecoder().decode(row.publicKey)));
            PrivateKey privateKey = rsa.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(row.privateKey)));
            RsaJsonWebKey jwk = (RsaJsonWebKey) PublicJsonWebKey.Factory.newPublicJwk(publicKey);
            jwk.setPrivateKey(privateKey);
            jwk.setKeyId(row.kid);
            jwk.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
            jwk.setUse("sig");
            return jwk;
        } catch (NoSuchAlgorithmException | InvalidKeySpecException | org.jose4j.lang.JoseException e) {
            throw new IllegalStateException("the stored LTI tool key cannot be read", e);
        }
    }
}
