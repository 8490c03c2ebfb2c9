package org.w3id.dmkg.eval;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** How one gold article scored: an outcome per kind of fact, and whether the graph had the article at all. */
public record ArticleResult(String id, String url, boolean inGraph, Map<Fact, Outcome> outcomes) {
    public ArticleResult {
        outcomes = Collections.unmodifiableMap(new EnumMap<>(outcomes));
    }

    /** True when every gold fact was found and every prediction was right. */
    public boolean perfect() {
        return outcomes.values().stream().allMatch(o -> o.misses().isEmpty() && o.falsePositives().isEmpty());
    }
}
