package jp.renkei.mapping.liaison;

import java.util.List;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Narrative.NarrativeStatus;
import org.hl7.fhir.utilities.xhtml.NodeType;
import org.hl7.fhir.utilities.xhtml.XhtmlNode;

/**
 * The generated XHTML of a section (Composition.section.text): one list item per line of its entries, or 記載なし
 * when the record has nothing for the section. Text from the record is escaped, never interpreted as markup.
 */
final class SectionNarrative {

    static final String NOT_RECORDED = "記載なし";

    private SectionNarrative() {
    }

    static Narrative of(List<String> lines) {
        List<String> written = lines.stream().filter(line -> !line.isBlank()).toList();
        if (written.isEmpty()) {
            return notRecorded();
        }
        XhtmlNode div = div();
        XhtmlNode list = div.addTag("ul");
        written.forEach(line -> list.addTag("li").addText(line));
        return narrative(div);
    }

    static Narrative notRecorded() {
        XhtmlNode div = div();
        div.addTag("p").addText(NOT_RECORDED);
        return narrative(div);
    }

    /** Built as nodes, not parsed from a string: text nodes are escaped when written, and parsing cost a tenth. */
    private static XhtmlNode div() {
        XhtmlNode div = new XhtmlNode(NodeType.Element, "div");
        div.setAttribute("xmlns", "http://www.w3.org/1999/xhtml");
        return div;
    }

    private static Narrative narrative(XhtmlNode div) {
        return new Narrative().setStatus(NarrativeStatus.GENERATED).setDiv(div);
    }
}
