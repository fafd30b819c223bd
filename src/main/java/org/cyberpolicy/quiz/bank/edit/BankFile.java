package org.cyberpolicy.quiz.bank.edit;

import java.nio.file.Path;

/**
 * A YAML file of the bank, named by its path relative to the bank folder (with {@code /} between folders, as URLs
 * carry it). Only {@link BankFiles} makes these, after checking that the path stays inside the folder.
 *
 * @param relative the path as the editor's URL shows it, e.g. {@code topics/exchange.yaml}
 * @param path     where the file is on disk
 */
public record BankFile(String relative, Path path) {
}
