package org.w3id.dmkg.extract;

/**
 * A country, organization or place the article names.
 *
 * @param kind  what it is
 * @param key   the reference-data key, or {@code org/<slug>} for an organization the gazetteer does not know
 * @param label its preferred name
 */
public record EntityFact(EntryKind kind, String key, String label) {
}
