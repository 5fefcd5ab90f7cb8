package jp.renkei.mapping.ssmix2.upload;

import java.util.List;

/**
 * What uploading a storage folder did: files accepted and the resources they created, updated or left unchanged,
 * and the files the server refused, each with its reason.
 */
public record UploadSummary(int accepted, int created, int updated, int unchanged, List<Rejection> rejected) {

    public UploadSummary {
        rejected = List.copyOf(rejected);
    }

    /** A file the server refused: its name and the server's reason (HTTP status and diagnostics). */
    public record Rejection(String fileName, String reason) {}

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(String.format(
                "%d files accepted (resources: %d created, %d updated, %d unchanged), %d rejected",
                accepted, created, updated, unchanged, rejected.size()));
        rejected.forEach(r -> text.append(System.lineSeparator()).append("  ").append(r.fileName())
                .append(": ").append(r.reason()));
        return text.toString();
    }
}
