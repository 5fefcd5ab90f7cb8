package jp.renkei.profiles;

/**
 * A profile Renkei defines, as a CapabilityStatement lists it.
 *
 * @param resourceType the resource type it constrains, e.g. CarePlan
 * @param url its canonical URL
 */
public record ProfileDeclaration(String resourceType, String url) {}
