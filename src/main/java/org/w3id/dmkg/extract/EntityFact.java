package org.w3id.dmkg.extract;

import org.w3id.dmkg.extract.gazetteer.EntryKind;

/**
 * A country, organization or place the article names.
 *
 * @param kind  what it is
 * @param key   the reference-data key, or {@code org/<slug>} for an organization the gazetteer does not know
 * @param label its preferred name
 * @param written the name as the article first writes it, when that is another of its names
 *                ("Nay Pyi Taw" for Naypyidaw), else null
 */
public record EntityFact(EntryKind kind, String key, String label, String written) {
    public EntityFact(EntryKind kind, String key, String label) {
        this(kind, key, label, null);
    }
}
