package jp.renkei.profiles.build;

/**
 * What assembling one package of the cache did.
 *
 * @param packageLabel {@code <name>#<version>}
 * @param written false when the cache already held the package from the same source
 */
public record Assembled(String packageLabel, boolean written) {

    @Override
    public String toString() {
        return packageLabel + (written ? " assembled" : " already in the cache");
    }
}
