package org.w3id.dmkg.store;

/**
 * What a load did.
 *
 * @param articles     article graphs read
 * @param added        article graphs stored because they were new or differed from the stored one
 * @param unchanged    article graphs identical (isomorphic) to the one already stored, left as they were
 * @param triplesAdded triples of the stored graphs that their named graph did not hold before
 */
public record LoadResult(int articles, int added, int unchanged, long triplesAdded) {
}
