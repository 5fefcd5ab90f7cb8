package jp.renkei.mapping.liaison;

import java.util.List;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Narrative.NarrativeStatus;

/**
 * The generated XHTML of a section (Composition.section.text): one list item per line of its entries, or 記載なし
 * when the record has nothing for the section. Text from the record is escaped, never interpreted as markup.
 */
final class SectionNarrative {

    static final String NOT_RECORDED = "記載なし";
    private static final String OPEN = "<div xmlns=\"http://www.w3.org/1999/xhtml\">";

    private SectionNarrative() {
    }

    static Narrative of(List<String> lines) {
        List<String> written = lines.stream().filter(line -> !line.isBlank()).toList();
        if (written.isEmpty()) {
            return notRecorded();
        }
        StringBuilder div = new StringBuilder(OPEN).append("<ul>");
        written.forEach(line -> div.append("<li>").append(escaped(line)).append("</li>"));
        return narrative(div.append("</ul></div>").toString());
    }

    static Narrative notRecorded() {
        return narrative(OPEN + "<p>" + NOT_RECORDED + "</p></div>");
    }

    private static Narrative narrative(String div) {
        Narrative narrative = new Narrative().setStatus(NarrativeStatus.GENERATED);
        narrative.setDivAsString(div);
        return narrative;
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
