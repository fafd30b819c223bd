package org.cyberpolicy.quiz.web.format;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Values put into the URLs of our pages. */
public final class Paths {

    private Paths() {
    }

    /** One path segment, percent-encoded (a space as %20, a slash encoded too). */
    public static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A value of a query parameter, percent-encoded ({@code &}, {@code #} and {@code =} included). */
    public static String queryValue(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A relative file path, each of its segments encoded and the slashes kept. */
    public static String file(String relative) {
        StringBuilder path = new StringBuilder();
        for (String part : relative.split("/")) {
            path.append(path.isEmpty() ? "" : "/").append(segment(part));
        }
        return path.toString();
    }
}
