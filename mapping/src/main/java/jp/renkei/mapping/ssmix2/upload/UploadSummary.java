package jp.renkei.mapping.ssmix2.upload;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What uploading a storage folder did: files accepted and the resources they created, updated or left unchanged, and
 * how many of the accepted files were not applied because the server holds a later version of their record; files the
 * server skipped because it does not map their data type, counted by data type; and the files the server refused,
 * each with its reason.
 */
public record UploadSummary(int accepted, int created, int updated, int unchanged, int superseded,
        SortedMap<String, Integer> skippedByDataType, List<Rejection> rejected) {

    public UploadSummary {
        skippedByDataType = Collections.unmodifiableSortedMap(new TreeMap<>(skippedByDataType));
        rejected = List.copyOf(rejected);
    }

    public int skipped() {
        return skippedByDataType.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** A file the server refused: its name and the server's reason (HTTP status and diagnostics). */
    public record Rejection(String fileName, String reason) {}

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(String.format(
                "%d files accepted (resources: %d created, %d updated, %d unchanged; %d files superseded by a later"
                        + " version), %d skipped%s, %d rejected",
                accepted, created, updated, unchanged, superseded, skipped(),
                skippedByDataType.isEmpty() ? "" : " (data types not mapped: " + skippedByDataType + ")",
                rejected.size()));
        rejected.forEach(r -> text.append(System.lineSeparator()).append("  ").append(r.fileName())
                .append(": ").append(r.reason()));
        return text.toString();
    }
}
