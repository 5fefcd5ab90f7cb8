package jp.renkei.mapping.document;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A document's version number as JP-CLINS senders write it in the Composition's versionNumber extension ("1", "2",
 * "1.0"), compared part by part as numbers, so that "10" comes after "9" and "1.0" equals "1".
 */
record DocumentVersion(List<Integer> parts) {

    /** Empty when the text is not dotted numbers: such versions cannot be ordered. */
    static Optional<DocumentVersion> parse(String text) {
        if (text == null || !text.trim().matches("\\d{1,9}(\\.\\d{1,9})*")) {
            return Optional.empty();
        }
        return Optional.of(new DocumentVersion(Arrays.stream(text.trim().split("\\.")).map(Integer::valueOf).toList()));
    }

    boolean isBefore(DocumentVersion other) {
        for (int i = 0; i < Math.max(parts.size(), other.parts.size()); i++) {
            int difference = Integer.compare(part(i), other.part(i));
            if (difference != 0) {
                return difference < 0;
            }
        }
        return false;
    }

    private int part(int index) {
        return index < parts.size() ? parts.get(index) : 0;
    }
}
