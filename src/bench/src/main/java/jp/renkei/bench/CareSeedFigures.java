package jp.renkei.bench;

/**
 * What the un-timed care-coordination seeding created after ingest.
 *
 * @param error why seeding stopped early, or null
 */
public record CareSeedFigures(int organizations, int carePlans, int careTeams, int tasks, String error) {
}
