package org.cyberpolicy.quiz.interop;

import java.util.List;

/** What a GIFT or Moodle XML file holds: its questions in order, the definitions carried in comments, the errors. */
public record ParsedFile(List<ForeignQuestion> questions, CarriedDefinitions definitions, List<ImportError> errors) {

    public ParsedFile {
        questions = List.copyOf(questions);
        errors = List.copyOf(errors);
    }
}
