package jp.renkei.mapping.render;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.StringReader;
import javax.xml.parsers.DocumentBuilderFactory;
import org.xml.sax.InputSource;

/** Checks that a page is well-formed XHTML, as openhtmltopdf needs it. */
final class XhtmlPage {

    private XhtmlPage() {
    }

    static void assertWellFormed(String xhtml) {
        assertThatCode(() -> {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
        }).as("well-formed XHTML").doesNotThrowAnyException();
    }
}
