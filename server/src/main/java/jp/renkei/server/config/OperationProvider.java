package jp.renkei.server.config;

/** Marks a bean holding Renkei's own FHIR operations; {@link FhirServerConfig} registers every such bean. */
public interface OperationProvider {}
