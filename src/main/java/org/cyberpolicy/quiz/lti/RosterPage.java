package org.cyberpolicy.quiz.lti;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One page of a course's membership as the platform's Names and Role Provisioning Service sends it
 * ({@code application/vnd.ims.lti-nrps.v2.membershipcontainer+json}): the members on it, and the address of the next
 * page when the {@code Link} header names one ({@code rel="next"}).
 */
public record RosterPage(List<Member> members, Optional<String> next) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*((?:;\\s*[^;,]*)*)");
    private static final Pattern NEXT = Pattern.compile(";\\s*rel\\s*=\\s*\"?([^\";]*)\"?");

    /**
     * A member of the course. {@code status} is Active unless the platform says Inactive (or Deleted, in a list of
     * differences); the name is made as a launch's is ({@link LtiNames}); email and SIS id are what the platform
     * shares, possibly nothing.
     */
    public record Member(String userId, String status, String name, Optional<String> email,
            Optional<String> sourcedId, List<String> roles) {

        public boolean active() {
            return "Active".equalsIgnoreCase(status);
        }
    }

    /**
     * Reads a page.
     *
     * @throws IllegalArgumentException when the body is not a membership container, saying what is wrong
     */
    public static RosterPage parse(String body, List<String> linkHeaders) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the answer is not JSON (line " + e.getLocation().getLineNr()
                    + ")");
        }
        if (root == null || !root.path("members").isArray()) {
            throw new IllegalArgumentException("the answer has no list of members");
        }
        List<Member> members = new ArrayList<>();
        for (JsonNode node : root.path("members")) {
            String userId = text(node, "user_id").orElse(null);
            if (userId == null) {
                continue;
            }
            List<String> roles = new ArrayList<>();
            node.path("roles").forEach(role -> {
                if (role.isTextual()) {
                    roles.add(role.asText());
                }
            });
            String name = LtiNames.displayName(text(node, "name").orElse(null), text(node, "given_name").orElse(null),
                    text(node, "family_name").orElse(null));
            members.add(new Member(userId, text(node, "status").orElse("Active"), name, text(node, "email"),
                    text(node, "lis_person_sourcedid"), List.copyOf(roles)));
        }
        return new RosterPage(List.copyOf(members), nextLink(linkHeaders));
    }

    /** The {@code rel="next"} address among the {@code Link} headers (RFC 8288), if any. */
    static Optional<String> nextLink(List<String> linkHeaders) {
        for (String header : linkHeaders) {
            Matcher link = LINK.matcher(header);
            while (link.find()) {
                Matcher rel = NEXT.matcher(link.group(2));
                while (rel.find()) {
                    for (String value : rel.group(1).trim().split("\\s+")) {
                        if (value.equalsIgnoreCase("next")) {
                            return Optional.of(link.group(1).trim());
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() && !value.asText().isBlank() ? Optional.of(value.asText().strip())
                : Optional.empty();
    }
}
