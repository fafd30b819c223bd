package org.cyberpolicy.quiz.lti;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A score as AGS 2.0's score service takes it ({@code application/vnd.ims.lis.v1.score+json}), and where it goes:
 * {@code POST {lineitem}/scores}, the {@code /scores} added to the line item's path before any query string. Pure.
 */
public record ScoreMessage(String userId, Optional<BigDecimal> scoreGiven, Optional<BigDecimal> scoreMaximum,
        String activityProgress, String gradingProgress, Instant timestamp) {

    public static final String MEDIA_TYPE = "application/vnd.ims.lis.v1.score+json";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxxx")
            .withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    static ScoreMessage of(LtiGradeSend row) {
        return new ScoreMessage(row.userSub, Optional.ofNullable(row.scoreGiven), Optional.ofNullable(row.scoreMaximum),
                row.activityProgress, row.gradingProgress, row.scoredAt);
    }

    /** The JSON body: {@code scoreGiven} and {@code scoreMaximum} only together, the timestamp with milliseconds. */
    public String json() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("userId", userId);
        if (scoreGiven.isPresent() && scoreMaximum.isPresent()) {
            body.put("scoreGiven", plain(scoreGiven.get()));
            body.put("scoreMaximum", plain(scoreMaximum.get()));
        }
        body.put("activityProgress", activityProgress);
        body.put("gradingProgress", gradingProgress);
        body.put("timestamp", TIMESTAMP.format(timestamp));
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The line item's scores address: {@code /scores} after its path, its query string kept. */
    public static String scoresUrl(String lineitem) {
        try {
            URI uri = new URI(lineitem);
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            StringBuilder url = new StringBuilder(uri.getScheme()).append("://").append(uri.getRawAuthority())
                    .append(path).append("/scores");
            if (uri.getRawQuery() != null) {
                url.append('?').append(uri.getRawQuery());
            }
            return url.toString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not an address: the line item", e);
        }
    }
}
