package org.w3id.dmkg.rdf;

import java.math.BigDecimal;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Two hand-built article graphs following the public vocabulary, plus reference data.
 * Article 1 reports Xi Jinping meeting Sergei Shoigu in the Great Hall of the People (Beijing,
 * China) on 2025-02-28, with office holdings, a statement and evidence spans. Article 2 reports
 * the same meeting, a phone call of Xi Jinping and Vladimir Putin on 2025-02-24, a planned visit
 * of Xi to Moscow on 2025-05-09 and the 80th anniversary of the victory in the Second World War.
 */
public final class Fixture {
    public static final String ID = DMKG.ID;
    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String A1 = ID + "article/xi-meets-shoigu";
    public static final String A2 = ID + "article/xi-putin-call";
    public static final String REFERENCE = ID + "graph/reference-countries";
    public static final String MEETING = ID + "meeting/2025-02-28/sergei-shoigu--xi-jinping";
    public static final String CALL = ID + "meeting/2025-02-24/vladimir-putin--xi-jinping";
    public static final String VISIT = ID + "meeting/2025-05-09/vladimir-putin--xi-jinping";

    private Fixture() {
    }

    /** The statements of an article that stay in its own graph in a dataset ({@link ArticleGraph#forEachQuad}). */
    public static Model own(Model article) {
        Model m = ModelFactory.createDefaultModel();
        article.listStatements().forEachRemaining(st -> {
            if (!ArticleGraph.describesEntity(st.asTriple())) {
                m.add(st);
            }
        });
        return m;
    }

    /** The entity descriptions of the given articles, each once: the entity graph they make. */
    public static Model entities(Model... articles) {
        Model m = ModelFactory.createDefaultModel();
        for (Model a : articles) {
            a.listStatements().forEachRemaining(st -> {
                if (ArticleGraph.describesEntity(st.asTriple())) {
                    m.add(st);
                }
            });
        }
        return m;
    }

    /** The quads a store holds after loading both articles: their own graphs and the entity graph. */
    public static long storedQuads() {
        return own(article1()).size() + own(article2()).size() + entities(article1(), article2()).size();
    }

    public static List<ArticleGraph> articles() {
        return List.of(new ArticleGraph(A1, article1()), new ArticleGraph(A2, article2()));
    }

    public static Model article1() {
        Model m = base();
        Resource a = article(m, A1, "https://news.example.org/2025/03/01/xi-meets-shoigu",
                "Xi meets Shoigu in Beijing", "2025-03-01");
        Resource xi = person(m, "xi-jinping", "Xi Jinping", "Q15031");
        Resource shoigu = person(m, "sergei-shoigu", "Sergei Shoigu", "Q20013");
        Resource china = country(m, "china", "China", "Q148");
        Resource russia = country(m, "russia", "Russia", "Q159");
        Resource council = m.createResource(ID + "organization/security-council-of-russia")
                .addProperty(RDF.type, m.createResource(ORG + "Organization"))
                .addProperty(RDFS.label, "Security Council of Russia")
                .addProperty(SKOS.prefLabel, "Security Council of Russia");
        a.addProperty(SCHEMA.mentions, xi).addProperty(SCHEMA.mentions, shoigu)
                .addProperty(SCHEMA.mentions, china).addProperty(SCHEMA.mentions, russia)
                .addProperty(SCHEMA.mentions, council);
        Resource meeting = meeting(m, a, xi, shoigu);
        evidence(m, meeting, A1, 0, 86, "Chinese President Xi Jinping met Sergei Shoigu in Beijing on Friday.");
        Resource h1 = membership(m, a, "xi-jinping/president/china", xi, "President", china, null);
        evidence(m, h1, A1, 0, 24, "Chinese President Xi Jinping");
        membership(m, a, "sergei-shoigu/secretary/russia", shoigu, "Secretary", russia, council);
        Resource st = m.createResource(ID + "statement/xi-meets-shoigu/1")
                .addProperty(RDF.type, DMKG.Statement).addProperty(DMKG.speaker, xi)
                .addProperty(SCHEMA.text, "China and Russia should deepen strategic coordination.")
                .addProperty(DMKG.atMeeting, meeting).addProperty(PROV.wasDerivedFrom, a);
        confidence(st, "0.8");
        return m;
    }

    public static Model article2() {
        Model m = base();
        Resource a = article(m, A2, "https://news.example.org/2025/03/02/xi-putin-call",
                "Xi and Putin speak by phone", "2025-03-02");
        Resource xi = person(m, "xi-jinping", "Xi Jinping", "Q15031");
        Resource shoigu = person(m, "sergei-shoigu", "Sergei Shoigu", "Q20013");
        Resource putin = person(m, "vladimir-putin", "Vladimir Putin", "Q7747");
        Resource china = country(m, "china", "China", "Q148");
        Resource russia = country(m, "russia", "Russia", "Q159");
        a.addProperty(SCHEMA.mentions, xi).addProperty(SCHEMA.mentions, shoigu)
                .addProperty(SCHEMA.mentions, putin).addProperty(SCHEMA.mentions, china)
                .addProperty(SCHEMA.mentions, russia);
        meeting(m, a, xi, shoigu);
        Resource call = m.createResource(CALL).addProperty(RDF.type, DMKG.Meeting).addProperty(RDF.type, DMKG.PhoneCall)
                .addProperty(SCHEMA.attendee, putin).addProperty(SCHEMA.attendee, xi)
                .addProperty(SCHEMA.startDate, date("2025-02-24"))
                .addProperty(DMKG.status, DMKG.Occurred).addProperty(PROV.wasDerivedFrom, a);
        confidence(call, "0.85");
        Resource moscow = place(m, "moscow", "Moscow", russia);
        Resource visit = m.createResource(VISIT).addProperty(RDF.type, DMKG.Meeting).addProperty(RDF.type, DMKG.Visit)
                .addProperty(SCHEMA.attendee, putin).addProperty(SCHEMA.attendee, xi)
                .addProperty(DMKG.host, putin).addProperty(DMKG.guest, xi)
                .addProperty(SCHEMA.startDate, date("2025-05-09")).addProperty(SCHEMA.location, moscow)
                .addProperty(DMKG.status, DMKG.Planned).addProperty(PROV.wasDerivedFrom, a);
        confidence(visit, "0.7");
        membership(m, a, "vladimir-putin/president/russia", putin, "President", russia, null);
        Resource event = m.createResource(ID + "event/victory-in-world-war-ii")
                .addProperty(RDF.type, DMKG.HistoricalEvent)
                .addProperty(RDFS.label, "victory in the Second World War")
                .addLiteral(DMKG.year, m.createTypedLiteral("1945", XSDDatatype.XSDinteger));
        Resource anniversary = m.createResource(ID + "anniversary/80/victory-in-world-war-ii")
                .addProperty(RDF.type, DMKG.Anniversary)
                .addLiteral(DMKG.ordinal, m.createTypedLiteral("80", XSDDatatype.XSDinteger))
                .addLiteral(DMKG.year, m.createTypedLiteral("2025", XSDDatatype.XSDinteger))
                .addProperty(DMKG.commemorates, event).addProperty(PROV.wasDerivedFrom, a);
        confidence(anniversary, "0.9");
        evidence(m, anniversary, A2, 120, 190, "the 80th anniversary of the victory in the Second World War");
        return m;
    }

    /** Reference data: the two countries with their ISO codes. */
    public static Model reference() {
        Model m = base();
        country(m, "china", "China", "Q148").addProperty(DMKG.iso3166Alpha2, "CN").addProperty(DMKG.iso3166Alpha3, "CHN")
                .addProperty(DMKG.officialName, "People's Republic of China");
        country(m, "russia", "Russia", "Q159").addProperty(DMKG.iso3166Alpha2, "RU").addProperty(DMKG.iso3166Alpha3, "RUS")
                .addProperty(DMKG.officialName, "Russian Federation");
        return m;
    }

    private static Model base() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("dmkg", DMKG.NS).setNsPrefix("schema", SCHEMA.NS).setNsPrefix("id", ID);
        return m;
    }

    private static Resource meeting(Model m, Resource article, Resource host, Resource guest) {
        Resource china = country(m, "china", "China", "Q148");
        Resource beijing = place(m, "beijing", "Beijing", china);
        Resource hall = m.createResource(ID + "place/great-hall-of-the-people")
                .addProperty(RDFS.label, "Great Hall of the People").addProperty(SKOS.prefLabel, "Great Hall of the People")
                .addProperty(SCHEMA.containedInPlace, beijing);
        Resource meeting = m.createResource(MEETING).addProperty(RDF.type, DMKG.Meeting)
                .addProperty(RDF.type, DMKG.InPersonMeeting)
                .addProperty(SCHEMA.attendee, host).addProperty(SCHEMA.attendee, guest)
                .addProperty(DMKG.host, host).addProperty(DMKG.guest, guest)
                .addProperty(SCHEMA.startDate, date("2025-02-28")).addProperty(SCHEMA.location, hall)
                .addProperty(DMKG.status, DMKG.Occurred).addProperty(PROV.wasDerivedFrom, article);
        return confidence(meeting, "0.9");
    }

    private static Resource membership(Model m, Resource article, String key, Resource person, String role,
            Resource country, Resource organization) {
        Resource r = m.createResource(ID + "role/" + role.toLowerCase())
                .addProperty(RDF.type, m.createResource(ORG + "Role")).addProperty(RDFS.label, role);
        Resource h = m.createResource(ID + "holding/" + key).addProperty(RDF.type, m.createResource(ORG + "Membership"))
                .addProperty(m.createProperty(ORG, "member"), person).addProperty(m.createProperty(ORG, "role"), r)
                .addProperty(DMKG.country, country).addProperty(DMKG.asOf, date("2025-02-28"))
                .addProperty(PROV.wasDerivedFrom, article);
        if (organization != null) {
            h.addProperty(m.createProperty(ORG, "organization"), organization);
        }
        return confidence(h, "0.95");
    }

    private static Resource article(Model m, String iri, String url, String headline, String published) {
        return m.createResource(iri).addProperty(RDF.type, SCHEMA.NewsArticle)
                .addProperty(SCHEMA.url, m.createResource(url)).addProperty(SCHEMA.headline, headline)
                .addProperty(SCHEMA.datePublished, date(published));
    }

    private static Resource person(Model m, String key, String label, String qid) {
        return m.createResource(ID + "person/" + key).addProperty(RDF.type, SCHEMA.Person)
                .addProperty(RDFS.label, label).addProperty(OWL.sameAs, m.createResource("http://www.wikidata.org/entity/" + qid));
    }

    private static Resource country(Model m, String key, String label, String qid) {
        return m.createResource(ID + "country/" + key).addProperty(RDF.type, SCHEMA.Country)
                .addProperty(RDFS.label, label).addProperty(SKOS.prefLabel, label).addProperty(OWL.sameAs, m.createResource("http://www.wikidata.org/entity/" + qid));
    }

    private static Resource place(Model m, String key, String label, Resource in) {
        return m.createResource(ID + "place/" + key).addProperty(RDF.type, SCHEMA.City)
                .addProperty(RDFS.label, label).addProperty(SKOS.prefLabel, label).addProperty(SCHEMA.containedInPlace, in);
    }

    private static void evidence(Model m, Resource fact, String article, int begin, int end, String text) {
        Resource ev = m.createResource(article + "#char=" + begin + "," + end).addProperty(RDF.type, DMKG.Evidence)
                .addLiteral(NIF.beginIndex, m.createTypedLiteral(String.valueOf(begin), XSDDatatype.XSDnonNegativeInteger))
                .addLiteral(NIF.endIndex, m.createTypedLiteral(String.valueOf(end), XSDDatatype.XSDnonNegativeInteger))
                .addProperty(NIF.anchorOf, text).addProperty(PROV.wasDerivedFrom, m.createResource(article));
        fact.addProperty(DMKG.evidence, ev);
    }

    private static Resource confidence(Resource r, String value) {
        return r.addLiteral(DMKG.confidence, r.getModel().createTypedLiteral(new BigDecimal(value)));
    }

    private static Literal date(String iso) {
        return ResourceFactory.createTypedLiteral(iso, XSDDatatype.XSDdate);
    }
}
