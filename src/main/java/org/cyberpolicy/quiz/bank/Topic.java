package org.cyberpolicy.quiz.bank;

import java.util.Optional;

/**
 * A title and an introduction that an instructor gives to a tag, for the briefing of its facts. A tag without one is
 * still a topic, titled by the tag itself.
 */
public record Topic(String id, String title, Optional<String> intro, Location location) {
}
