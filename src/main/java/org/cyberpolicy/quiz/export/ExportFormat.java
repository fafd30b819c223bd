package org.cyberpolicy.quiz.export;

/** The two shapes of every export. */
public enum ExportFormat {
    CSV("csv", "text/csv; charset=UTF-8"), JSON("json", "application/json");

    private final String extension;
    private final String mediaType;

    ExportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }
}
