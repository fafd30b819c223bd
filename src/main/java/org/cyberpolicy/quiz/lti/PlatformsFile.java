package org.cyberpolicy.quiz.lti;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The platforms file ({@code QUIZ_LTI_PLATFORMS}), as in the issue:
 *
 * <pre>
 * platforms:
 *   - issuer: https://lms.example.edu
 *     client-id: 10000000000001
 *     deployment-ids: ["1"]
 *     auth-login-url: https://lms.example.edu/mod/lti/auth.php
 *     token-url: https://lms.example.edu/mod/lti/token.php
 *     jwks-url: https://lms.example.edu/mod/lti/certs.php
 * </pre>
 *
 * A file with any problem is refused whole, with every problem listed.
 */
public final class PlatformsFile {

    static final long MAX_SIZE = 1024 * 1024;

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .build();

    record Entry(@JsonProperty("issuer") String issuer, @JsonProperty("client-id") String clientId,
            @JsonProperty("deployment-ids") List<String> deploymentIds,
            @JsonProperty("auth-login-url") String authLoginUrl, @JsonProperty("token-url") String tokenUrl,
            @JsonProperty("jwks-url") String jwksUrl) {
    }

    record Content(@JsonProperty("platforms") List<Entry> platforms) {
    }

    /** A file that cannot be used, with each of its problems. */
    public static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final List<String> problems;

        Invalid(String file, List<String> problems) {
            super("The LTI platforms file " + file + " (QUIZ_LTI_PLATFORMS) cannot be used:\n  "
                    + String.join("\n  ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    private PlatformsFile() {
    }

    /** The platforms of the file, or {@link Invalid} with every problem. */
    public static List<PlatformSpec> read(Path file) {
        String name = file.toString();
        try {
            if (!Files.isRegularFile(file)) {
                throw new Invalid(name, List.of("the file does not exist or is not a file"));
            }
            if (Files.size(file) > MAX_SIZE) {
                throw new Invalid(name, List.of("the file is larger than 1 MB"));
            }
            return parse(name, Files.readString(file));
        } catch (IOException e) {
            throw new Invalid(name, List.of("cannot be read: " + e.getMessage()));
        }
    }

    static List<PlatformSpec> parse(String name, String text) {
        Content content;
        try {
            content = YAML.readValue(text, Content.class);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": ";
            throw new Invalid(name, List.of(where + e.getOriginalMessage()));
        }
        if (content == null || content.platforms() == null) {
            throw new Invalid(name, List.of("no 'platforms:' list"));
        }
        List<String> problems = new ArrayList<>();
        List<PlatformSpec> specs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < content.platforms().size(); i++) {
            Entry entry = content.platforms().get(i);
            String label = "platform " + (i + 1);
            if (entry == null) {
                problems.add(label + ": empty");
                continue;
            }
            PlatformSpec spec = new PlatformSpec(entry.issuer(), entry.clientId(), entry.deploymentIds(),
                    entry.authLoginUrl(), entry.tokenUrl(), entry.jwksUrl());
            for (String problem : spec.problems()) {
                problems.add(label + ": " + problem);
            }
            if (!seen.add(spec.issuer() + "\n" + spec.clientId())) {
                problems.add(label + ": the issuer and client-id of an earlier platform of the file");
            }
            specs.add(spec);
        }
        if (!problems.isEmpty()) {
            throw new Invalid(name, problems);
        }
        return List.copyOf(specs);
    }
}
