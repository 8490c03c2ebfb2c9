package org.w3id.dmkg.link;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.dmkg.rdf.ArticleGraph;
import org.w3id.dmkg.rdf.DMKG;
import org.w3id.dmkg.rdf.Iris;
import org.w3id.dmkg.rdf.PROV;
import org.w3id.dmkg.rdf.SCHEMA;
import org.w3id.dmkg.store.DmkgStore;

/**
 * One hand-built article graph (following VOCABULARY.md) naming the persons the link tests
 * reconcile: Xi Jinping (President, China), Vladimir Putin (President, Russia), Sergei Shoigu
 * (Secretary, Russia), Li Wei (Minister, China), Ivan Petrov and Nobody Known (no office).
 */
public final class LinkArticles {
    public static final String ARTICLE = DMKG.ID + "article/link-test";
    public static final String CHINA = DMKG.ID + "country/CN";
    public static final String RUSSIA = DMKG.ID + "country/RU";

    private LinkArticles() {
    }

    /** A store holding the reference data and the article. */
    public static void load(DmkgStore store) {
        store.loadReference(ReferenceData.load().model(), ReferenceData.GRAPH);
        store.load(java.util.List.of(new ArticleGraph(ARTICLE, article())));
    }

    public static Model article() {
        Model m = ModelFactory.createDefaultModel();
        Resource a = m.createResource(ARTICLE).addProperty(RDF.type, SCHEMA.NewsArticle)
                .addProperty(SCHEMA.datePublished, m.createTypedLiteral("2025-03-01", XSDDatatype.XSDdate));
        Resource xi = person(m, a, "Xi Jinping");
        Resource putin = person(m, a, "Vladimir Putin");
        Resource shoigu = person(m, a, "Sergei Shoigu");
        holding(m, a, xi, "President", CHINA);
        holding(m, a, putin, "President", RUSSIA);
        holding(m, a, shoigu, "Secretary", RUSSIA);
        holding(m, a, person(m, a, "Li Wei"), "Minister", CHINA);
        person(m, a, "Ivan Petrov");
        person(m, a, "Nobody Known");
        meeting(m, a, "2025-02-28", xi, shoigu);
        meeting(m, a, "2025-02-24", xi, putin);
        return m;
    }

    public static String person(String name) {
        return Iris.person(name);
    }

    private static Resource person(Model m, Resource article, String name) {
        Resource p = m.createResource(Iris.person(name)).addProperty(RDF.type, SCHEMA.Person)
                .addProperty(RDFS.label, name);
        article.addProperty(SCHEMA.mentions, p);
        return p;
    }

    private static void holding(Model m, Resource article, Resource person, String role, String country) {
        Resource r = m.createResource(Iris.role(role)).addProperty(RDF.type, ORG.Role).addProperty(RDFS.label, role);
        m.createResource(DMKG.ID + "holding/" + person.getLocalName() + "-" + role)
                .addProperty(RDF.type, ORG.Membership).addProperty(ORG.member, person).addProperty(ORG.role, r)
                .addProperty(DMKG.country, m.createResource(country))
                .addProperty(DMKG.asOf, m.createTypedLiteral("2025-02-28", XSDDatatype.XSDdate))
                .addProperty(PROV.wasDerivedFrom, article);
    }

    private static void meeting(Model m, Resource article, String date, Resource p1, Resource p2) {
        m.createResource(DMKG.ID + "meeting/" + date + "-" + p1.getLocalName() + "-" + p2.getLocalName())
                .addProperty(RDF.type, DMKG.Meeting).addProperty(SCHEMA.attendee, p1).addProperty(SCHEMA.attendee, p2)
                .addProperty(SCHEMA.startDate, m.createTypedLiteral(date, XSDDatatype.XSDdate))
                .addProperty(DMKG.status, DMKG.Occurred).addProperty(PROV.wasDerivedFrom, article);
    }
}
