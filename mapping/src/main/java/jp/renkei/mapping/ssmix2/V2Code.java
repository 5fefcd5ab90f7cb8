package jp.renkei.mapping.ssmix2;

/** A CE/CWE value: code, its text and the name of its coding system (e.g. {@code JC10}, {@code MDCDX2}, {@code 99XYZ}). */
public record V2Code(String code, String text, String system) {

    public boolean isEmpty() {
        return code.isEmpty() && text.isEmpty();
    }
}
