package org.cyberpolicy.quiz.bank.edit;

/**
 * A bank file's text as read at one moment, with a hash of its bytes: an edit form carries the hash, so that a save
 * can tell whether the file changed on disk since the form was shown.
 */
public record FileText(String text, String hash) {
}
