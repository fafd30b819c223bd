package org.cyberpolicy.quiz.interop.moodle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cyberpolicy.quiz.interop.TextPosition;

/** An element of a Moodle XML file as read: name, attributes, children, text, and where it starts. */
record XmlElement(String name, Map<String, String> attributes, List<XmlElement> children, StringBuilder text,
        TextPosition position, List<String> commentsBefore) {

    XmlElement(String name, Map<String, String> attributes, TextPosition position, List<String> commentsBefore) {
        this(name, attributes, new ArrayList<>(), new StringBuilder(), position, commentsBefore);
    }

    Optional<XmlElement> child(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).findFirst();
    }

    List<XmlElement> all(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    Optional<String> attribute(String attributeName) {
        return Optional.ofNullable(attributes.get(attributeName));
    }

    String content() {
        return text.toString();
    }
}
