package jp.renkei.mapping.ssmix2;

import org.hl7.fhir.r4.model.Bundle;

/** Maps the message of one SS-MIX2 data type to one FHIR transaction Bundle. */
public interface MessageMapper {

    /** The SS-MIX2 data type this mapper reads, e.g. {@code ADT-00}. */
    String dataType();

    /** The Bundle for the message; a {@link MappingException} when the message lacks what the mapping needs. */
    Bundle map(Ssmix2Message message);
}
