package jp.renkei.mapping.liaison;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The kind of community partner a liaison sheet (連携シート) is addressed to (送付先の種別), with its code in the Renkei
 * code system renkei-recipient-kind. The kind decides the sections (see {@code LiaisonSectionTable}).
 */
public enum RecipientKind {
    CLINIC("clinic", "診療所"),
    CARE_MANAGER("care-manager", "居宅介護支援事業所/介護支援専門員"),
    VISITING_NURSING("visiting-nursing", "訪問看護ステーション"),
    COMMUNITY_SUPPORT_CENTER("community-support-center", "地域包括支援センター");

    private final String code;
    private final String display;

    RecipientKind(String code, String display) {
        this.code = code;
        this.display = display;
    }

    /** The code in renkei-recipient-kind, e.g. {@code care-manager}. */
    public String code() {
        return code;
    }

    /** The Japanese name of the kind of partner, e.g. 居宅介護支援事業所. */
    public String display() {
        return display;
    }

    /** The kind with this code; an unknown code is refused with the allowed ones in the message. */
    public static RecipientKind fromCode(String code) {
        return Arrays.stream(values())
                .filter(kind -> kind.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown recipient kind '" + code + "'; allowed: "
                        + Arrays.stream(values()).map(RecipientKind::code).collect(Collectors.joining(", "))));
    }
}
