package org.w3id.dmkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3id.dmkg.nlp.Mention;
import org.w3id.dmkg.text.SourceDocument;

/**
 * The countries, organizations and places an article names, each once, with its preferred label;
 * the publisher or dateline agency counts as named. Stateless.
 */
final class EntityCollector {
    private EntityCollector() {
    }

    static List<EntityFact> collect(ArticleContext ctx) {
        Map<String, EntityFact> out = new LinkedHashMap<>();
        Gazetteer g = ctx.gazetteer();
        for (Mention m : ctx.mentions().all()) {
            switch (m.type()) {
                case COUNTRY, PLACE, ORGANIZATION -> {
                    GazetteerEntry e = g.entry(m.key()).orElse(null);
                    EntityFact f = e != null ? new EntityFact(e.kind(), e.key(), e.label())
                            : new EntityFact(EntryKind.ORGANIZATION, m.key(), m.text().replaceFirst("^(?i:the)\\s+", ""));
                    out.putIfAbsent(f.key(), f);
                }
                default -> {
                }
            }
        }
        SourceDocument src = ctx.document().source();
        for (String agency : new String[] {src.publisher(), src.dateline() == null ? null : src.dateline().agency()}) {
            if (agency == null || agency.isBlank()) {
                continue;
            }
            for (Gazetteer.Name n : g.lookup(agency.strip())) {
                if (n.entry().kind() == EntryKind.ORGANIZATION && !n.adjective()) {
                    out.putIfAbsent(n.entry().key(), new EntityFact(EntryKind.ORGANIZATION, n.entry().key(), n.entry().label()));
                    break;
                }
            }
        }
        return new ArrayList<>(out.values());
    }
}
