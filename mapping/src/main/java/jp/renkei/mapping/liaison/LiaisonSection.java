package jp.renkei.mapping.liaison;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import jp.renkei.profiles.LiaisonSectionTable;

/**
 * The sections of a liaison sheet in the order of the code system renkei-liaison-section, with their Japanese
 * displays. Which of them a recipient kind gets is not decided here but read from the {@link LiaisonSectionTable};
 * this enum only knows how to name each section (and the builder how to fill it).
 */
enum LiaisonSection {
    CONDITION("condition", "病状・診断"),
    MEDICAL_PROCEDURES("medical-procedures", "医療処置"),
    ADL("adl", "日常生活動作"),
    MEDICATIONS("medications", "服薬・薬剤管理"),
    ALLERGIES_INFECTIONS("allergies-infections", "アレルギー・感染症"),
    COGNITION_COMMUNICATION("cognition-communication", "認知・コミュニケーション"),
    FAMILY("family", "家族・キーパーソン"),
    CARE_LEVEL_SERVICES("care-level-services", "要介護度・利用サービス"),
    EXPLANATION("explanation", "説明内容と受け止め"),
    SUPPORT_POINTS("support-points", "支援内容・留意点"),
    EMERGENCY_CONTACTS("emergency-contacts", "緊急連絡先"),
    NEXT_APPOINTMENT("next-appointment", "次回受診・予定");

    private final String code;
    private final String display;

    LiaisonSection(String code, String display) {
        this.code = code;
        this.display = display;
    }

    String code() {
        return code;
    }

    String display() {
        return display;
    }

    /**
     * The sections the table gives the kind, in code-system order. A code the builder does not know means the
     * package gained a section this code cannot fill: refused rather than silently left out.
     */
    static List<LiaisonSection> forKind(LiaisonSectionTable table, RecipientKind kind) {
        Set<String> codes = table.sectionsFor(kind.code());
        Set<String> known = Set.copyOf(Arrays.stream(values()).map(LiaisonSection::code).toList());
        codes.stream().filter(code -> !known.contains(code)).findFirst().ifPresent(code -> {
            throw new IllegalStateException("The section table names section '" + code
                    + "' for " + kind.code() + ", which the liaison sheet builder cannot fill");
        });
        if (codes.isEmpty()) {
            throw new IllegalStateException("The section table has no sections for " + kind.code());
        }
        return Arrays.stream(values()).filter(section -> codes.contains(section.code)).toList();
    }
}
