package org.w3id.dmkg;

import org.w3id.dmkg.extract.Extractor;
import org.w3id.dmkg.extract.Judges;
import org.w3id.dmkg.extract.gazetteer.Gazetteer;
import org.w3id.dmkg.link.ReferenceData;
import org.w3id.dmkg.nlp.OpenNlpModels;
import org.w3id.dmkg.rdf.ArticleGraph;
import org.w3id.dmkg.rdf.ArticleMapper;
import org.w3id.dmkg.text.SourceDocument;

/**
 * The public facade: text in, graph out. {@link #shared()} loads the reference data once; each thread
 * takes its own {@link Session} (OpenNLP taggers are not thread-safe), all sharing the models and the
 * gazetteer.
 */
public final class Dmkg {
    private static volatile Dmkg shared;

    private final ReferenceData reference;
    private final Gazetteer gazetteer;

    private Dmkg(ReferenceData reference) {
        this.reference = reference;
        this.gazetteer = new Gazetteer(reference.entries());
    }

    public static Dmkg shared() {
        Dmkg d = shared;
        if (d == null) {
            synchronized (Dmkg.class) {
                d = shared;
                if (d == null) {
                    d = new Dmkg(ReferenceData.load());
                    shared = d;
                }
            }
        }
        return d;
    }

    public ReferenceData reference() {
        return reference;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** A new extraction session for one thread, keeping facts with at least the given confidence. */
    public Session session(double minConfidence) {
        return session(minConfidence, Judges.bundled());
    }

    /** A new extraction session deciding with the given models (cross-validation, training). */
    public Session session(double minConfidence, Judges judges) {
        return new Session(new Extractor(gazetteer, OpenNlpModels.shared(), judges),
                new ArticleMapper(gazetteer, reference::sameAs, minConfidence));
    }

    /** One thread's extractor and mapper. Not thread-safe. */
    public static final class Session {
        private final Extractor extractor;
        private final ArticleMapper mapper;

        Session(Extractor extractor, ArticleMapper mapper) {
            this.extractor = extractor;
            this.mapper = mapper;
        }

        public Extractor extractor() {
            return extractor;
        }

        public ArticleGraph extract(SourceDocument source) {
            return mapper.map(extractor.extract(source));
        }

        /** The graph of an article already prepared (by any session's extractor: preparing needs no model). */
        public ArticleGraph extract(Extractor.Prepared article) {
            return mapper.map(extractor.extract(article));
        }
    }
}
