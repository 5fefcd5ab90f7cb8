package jp.renkei.mapping.render;

import java.util.Set;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.utilities.xhtml.NodeType;
import org.hl7.fhir.utilities.xhtml.XhtmlComposer;
import org.hl7.fhir.utilities.xhtml.XhtmlNode;

/**
 * A narrative (section.text.div) as markup to put into a page. Narratives are XHTML written by Renkei's builders,
 * but they travel through the server and may come from elsewhere: what FHIR forbids in a narrative (scripts, forms,
 * event handlers, javascript: links) is dropped rather than trusted, so that a page never runs code.
 */
final class NarrativeMarkup {

    private static final Set<String> FORBIDDEN_ELEMENTS = Set.of(
            "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "input",
            "button", "select", "textarea", "link", "meta", "base", "svg", "math");

    private NarrativeMarkup() {
    }

    /** The narrative's div as XHTML, or an empty string when there is none. */
    static String of(Narrative narrative) {
        if (narrative == null || !narrative.hasDiv() || narrative.getDiv().isEmpty()) {
            return "";
        }
        XhtmlNode div = narrative.getDiv().copy();
        clean(div);
        return new XhtmlComposer(XhtmlComposer.XML, false).compose(div);
    }

    private static void clean(XhtmlNode element) {
        element.getChildNodes().removeIf(NarrativeMarkup::forbidden);
        element.getAttributes().keySet().removeIf(name -> name.toLowerCase().startsWith("on"));
        element.getAttributes().entrySet().removeIf(a -> a.getValue() != null
                && a.getValue().trim().toLowerCase().startsWith("javascript:"));
        for (XhtmlNode child : element.getChildNodes()) {
            if (child.getNodeType() == NodeType.Element) {
                clean(child);
            }
        }
    }

    private static boolean forbidden(XhtmlNode node) {
        return node.getNodeType() == NodeType.Instruction
                || node.getNodeType() == NodeType.Element && FORBIDDEN_ELEMENTS.contains(node.getName().toLowerCase());
    }
}
