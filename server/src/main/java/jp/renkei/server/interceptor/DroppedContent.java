package jp.renkei.server.interceptor;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParserErrorHandler;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue.ScalarType;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue.ValueType;
import ca.uhn.fhir.rest.api.EncodingEnum;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * What HAPI's lenient parser leaves out of a resource without a word (it only logs a warning): an element or XML
 * attribute R4 does not define (an object where a value belongs shows as its unknown children), a second value of an
 * element that holds one. Storing such a resource would lose what the sender meant to store. Problems that make the
 * parse fail anyway (an invalid value, malformed JSON) are left to HAPI, which reports them itself, and so is a JSON
 * type mismatch HAPI reads all the same (a number sent as a string, one object where an array belongs). HAPI gives no
 * location with these callbacks, so a problem names the element only.
 */
public final class DroppedContent implements IParserErrorHandler {

    private final List<String> problems = new ArrayList<>();

    private DroppedContent() {}

    /** Each part of the resource read from {@code body} that parsing would drop, as a sentence; empty when none. */
    public static List<String> in(FhirContext fhir, EncodingEnum encoding, Reader body) {
        DroppedContent found = new DroppedContent();
        encoding.newParser(fhir).setParserErrorHandler(found).parseResource(body);
        return List.copyOf(found.problems);
    }

    @Override
    public void unknownElement(IParseLocation location, String elementName) {
        problems.add("Unknown element '" + elementName
                + "': FHIR R4 does not define it (a misspelling, or an element of another FHIR version?)");
    }

    @Override
    public void unknownAttribute(IParseLocation location, String attributeName) {
        problems.add("Unknown attribute '" + attributeName + "': FHIR R4 does not define it");
    }

    @Override
    public void unexpectedRepeatingElement(IParseLocation location, String elementName) {
        problems.add("Element '" + elementName + "' holds one value but repeats");
    }

    @Override
    public void incorrectJsonType(IParseLocation location, String elementName, ValueType expected,
            ScalarType expectedScalar, ValueType found, ScalarType foundScalar) {}

    @Override
    public void containedResourceWithNoId(IParseLocation location) {}

    @Override
    public void invalidValue(IParseLocation location, String value, String error) {}

    @Override
    public void missingRequiredElement(IParseLocation location, String elementName) {}

    @Override
    public void unknownReference(IParseLocation location, String reference) {}

    @Override
    public void invalidInternalReference(IParseLocation location, String reference) {}

    @Override
    public void extensionContainsValueAndNestedExtensions(IParseLocation location) {}
}
