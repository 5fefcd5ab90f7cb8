package jp.renkei.profiles;

import ca.uhn.fhir.context.support.IValidationSupport;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.ValueSet;

/** Reads a published definition a repair starts from, failing loudly if a package no longer holds it. */
final class PublishedDefinitions {

    private PublishedDefinitions() {}

    static StructureDefinition structureDefinition(IValidationSupport published, String url) {
        return (StructureDefinition) required(published.fetchStructureDefinition(url), url);
    }

    static ValueSet valueSet(IValidationSupport published, String url) {
        return (ValueSet) required(published.fetchValueSet(url), url);
    }

    static CodeSystem codeSystem(IValidationSupport published, String url) {
        return (CodeSystem) required(published.fetchCodeSystem(url), url);
    }

    private static Object required(Object definition, String url) {
        if (definition == null) {
            throw new IllegalStateException("Published definition to repair not found: " + url);
        }
        return definition;
    }
}
