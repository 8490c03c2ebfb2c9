package org.w3id.dmkg.rdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.w3id.dmkg.extract.ArticleFacts;
import org.w3id.dmkg.extract.EntityFact;
import org.w3id.dmkg.extract.Span;
import org.w3id.dmkg.extract.gazetteer.Gazetteer;
import org.w3id.dmkg.extract.person.PersonFact;
import org.w3id.dmkg.text.SourceDocument;

/**
 * Maps the facts of one article to its RDF graph in the public vocabulary: the article, the entities it
 * mentions (with their containment and {@code owl:sameAs} links), meetings, office holdings,
 * anniversaries and statements, each with confidence and an evidence span. Facts under the minimum
 * confidence are left out. Thread-safe (a new model per call).
 */
public final class ArticleMapper {
    private final EntityWriter entities;
    private final double minConfidence;

    public ArticleMapper(Gazetteer gazetteer, Function<String, List<String>> sameAs, double minConfidence) {
        this.entities = new EntityWriter(gazetteer, sameAs);
        this.minConfidence = minConfidence;
    }

    public ArticleGraph map(ArticleFacts facts) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.ALL);
        SourceDocument src = facts.source();
        String articleIri = Iris.article(src);
        Resource article = m.createResource(articleIri).addProperty(RDF.type, SCHEMA.NewsArticle);
        if (src.url() != null && src.url().matches("(?i)https?://\\S+")) {
            article.addProperty(SCHEMA.url, m.createResource(src.url().strip()));
        }
        if (src.headline() != null && !src.headline().isBlank()) {
            article.addProperty(SCHEMA.headline, src.headline().strip());
        }
        if (src.published() != null) {
            article.addProperty(SCHEMA.datePublished, date(m, src.published()));
        }
        for (PersonFact p : facts.persons()) {
            article.addProperty(SCHEMA.mentions, entities.person(m, p.name()));
        }
        for (EntityFact e : facts.entities()) {
            article.addProperty(SCHEMA.mentions, entities.entity(m, e));
        }
        for (EntityFact e : facts.sources()) {
            article.addProperty(SCHEMA.sourceOrganization, entities.entity(m, e));
        }
        Resource publisher = entities.publisher(m, facts);
        if (publisher != null) {
            article.addProperty(SCHEMA.publisher, publisher);
        }
        new FactWriter(m, article, facts, entities, minConfidence).write();
        return new ArticleGraph(articleIri, m);
    }

    static Literal date(Model m, LocalDate d) {
        return m.createTypedLiteral(d.toString(), XSDDatatype.XSDdate);
    }

    /** The most a fact's confidence is stated as: a learned probability is never certainty, whatever its rounding. */
    static final BigDecimal MOST = new BigDecimal("0.99");

    /** A fact's confidence as the graph states it: to two decimals, at most {@link #MOST}. */
    static BigDecimal stated(double confidence) {
        return BigDecimal.valueOf(confidence).setScale(2, RoundingMode.HALF_UP).min(MOST);
    }

    /** The literal of a fact's {@link #stated} confidence. */
    static Literal confidence(Model m, double value) {
        return m.createTypedLiteral(stated(value));
    }

    /**
     * A phrase of an evidence sentence ({@code nif:Phrase}, its {@code nif:superString} the sentence): {@code span} of
     * the article's {@code text} as read, which its anchor quotes; the caller says what it names.
     */
    static Resource phrase(Resource article, Resource evidence, String text, Span span) {
        return anchored(evidence.getModel().createResource(Iris.local("phrase", article.getURI(), span.start(), span.end()))
                .addProperty(RDF.type, NIF.Phrase)
                .addProperty(NIF.superString, evidence), text, span);
    }

    /** The evidence of a fact: {@code span} of the article's {@code text} as read, which its anchor quotes. */
    static Resource evidence(Model m, Resource article, String text, Span span) {
        return anchored(m.createResource(Iris.local("evidence", article.getURI(), span.start(), span.end()))
                .addProperty(RDF.type, DMKG.Evidence)
                .addProperty(PROV.wasDerivedFrom, article), text, span);
    }

    /** The resource with {@code span}'s offsets and, when the text holds it, the words it quotes. */
    private static Resource anchored(Resource r, String text, Span span) {
        Model m = r.getModel();
        r.addLiteral(NIF.beginIndex, m.createTypedLiteral(span.start(), XSDDatatype.XSDnonNegativeInteger))
                .addLiteral(NIF.endIndex, m.createTypedLiteral(span.end(), XSDDatatype.XSDnonNegativeInteger));
        if (span.end() <= text.length() && span.start() >= 0 && span.start() < span.end()) {
            r.addProperty(NIF.anchorOf, text.substring(span.start(), span.end()));
        }
        return r;
    }
}
