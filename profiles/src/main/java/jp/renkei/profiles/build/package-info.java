/**
 * Build-time tools of the profiles module, run by exec-maven-plugin in {@code process-classes} (see the module's
 * pom.xml and README.md): they assemble the offline FHIR package cache that SUSHI reads and pack SUSHI's output as
 * the Renkei FHIR package. They live in src/main/java so that Maven compiles them with the module's own classpath
 * (HAPI's parser, the R4 definitions) without a second compiler setup; the jar plugin leaves them out of the jar.
 */
package jp.renkei.profiles.build;
