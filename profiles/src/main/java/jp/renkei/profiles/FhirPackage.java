package jp.renkei.profiles;

import java.util.List;

/**
 * A FHIR NPM package shipped on the classpath: the JP packages unmodified (see NOTICE), Renkei's own compiled from
 * input/fsh by the build (see README.md of this module).
 *
 * @param name the package name in its package.json
 * @param canonical the canonical base of the artifacts it defines
 * @param classpathLocation where the .tgz lies on the classpath
 */
public record FhirPackage(String name, String canonical, String classpathLocation) {

    /** JP Core 1.1.2: the national base profiles (JP_Patient, JP_Encounter, JP_CarePlan …). */
    public static final FhirPackage JP_CORE =
            new FhirPackage("jp-core.r4", "http://jpfhir.jp/fhir/core", "packages/jp-core.r4-1.1.2.tgz");

    /** JP-CLINS 1.5.2 (電子カルテ情報共有サービス): document profiles eReferral, eDischargeSummary …. */
    public static final FhirPackage JP_CLINS =
            new FhirPackage("jp-eCSCLINS.r4", "http://jpfhir.jp/fhir/eCSCLINS", "packages/jp-clins.r4-1.5.2-snap.tgz");

    /**
     * Renkei's own profiles, code systems and value sets, compiled by SUSHI from input/fsh. The file name carries no
     * version so that a version bump in sushi-config.yaml needs no change here.
     */
    public static final FhirPackage RENKEI =
            new FhirPackage("renkei", "http://renkei.jp/fhir", "packages/renkei.tgz");

    /**
     * Load order matters: both packages define eight of the same canonicals (JP_Consent, JP_Binary …);
     * JP Core comes first so that its definitions win, as JP-CLINS itself builds on JP Core 1.1.2. Renkei's
     * package builds on both and comes last.
     */
    public static List<FhirPackage> bundled() {
        return List.of(JP_CORE, JP_CLINS, RENKEI);
    }
}
