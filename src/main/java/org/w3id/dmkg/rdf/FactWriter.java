package org.w3id.dmkg.rdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.dmkg.extract.ArticleFacts;
import org.w3id.dmkg.extract.anniversary.AnniversaryFact;
import org.w3id.dmkg.extract.meeting.MeetingFact;
import org.w3id.dmkg.extract.meeting.MeetingMark;
import org.w3id.dmkg.extract.office.OfficeHolding;
import org.w3id.dmkg.extract.statement.StatementFact;

/** Writes the facts of one article into its model. One instance per article; not thread-safe. */
final class FactWriter {
    private final Model m;
    private final Resource article;
    private final ArticleFacts facts;
    private final EntityWriter entities;
    private final double min;

    FactWriter(Model m, Resource article, ArticleFacts facts, EntityWriter entities, double minConfidence) {
        this.m = m;
        this.article = article;
        this.facts = facts;
        this.entities = entities;
        this.min = minConfidence;
    }

    void write() {
        List<Resource> meetings = new ArrayList<>();
        for (MeetingFact f : facts.meetings()) {
            meetings.add(kept(f.confidence()) ? meeting(f) : null);
        }
        for (OfficeHolding h : facts.offices()) {
            if (kept(h.confidence())) {
                office(h);
            }
        }
        for (AnniversaryFact a : facts.anniversaries()) {
            if (kept(a.confidence())) {
                anniversary(a);
            }
        }
        for (StatementFact s : facts.statements()) {
            if (kept(s.confidence())) {
                Resource r = fact(local("statement", facts.inSource(s.evidence()).start()), DMKG.Statement,
                        s.confidence(), s.evidence())
                        .addProperty(DMKG.speaker, entities.person(m, s.speaker()))
                        .addProperty(SCHEMA.text, s.text());
                if (s.meeting() >= 0 && meetings.get(s.meeting()) != null) {
                    r.addProperty(DMKG.atMeeting, meetings.get(s.meeting()));
                }
            }
        }
    }

    private Resource meeting(MeetingFact f) {
        Resource r = m.createResource(Iris.meeting(f, article.getURI())).addProperty(RDF.type, DMKG.Meeting);
        r.addProperty(RDF.type, switch (f.mode()) {
            case PHONE -> DMKG.PhoneCall;
            case VIDEO -> DMKG.VideoCall;
            case TALKS -> DMKG.Talks;
            case VISIT -> DMKG.Visit;
            case IN_PERSON -> DMKG.InPersonMeeting;
        });
        for (String p : f.participants()) {
            r.addProperty(SCHEMA.attendee, entities.person(m, p));
        }
        if (f.host() != null) {
            r.addProperty(DMKG.host, entities.person(m, f.host())).addProperty(DMKG.guest, entities.person(m, f.guest()));
        }
        if (f.date() != null) {
            r.addProperty(SCHEMA.startDate, ArticleMapper.date(m, f.date()));
        }
        Resource place = f.place() == null ? null : entities.byKey(m, f.place());
        if (place != null) {
            r.addProperty(SCHEMA.location, place);
        }
        Resource evidence = evidence(f.evidence());
        r.addProperty(DMKG.status, f.planned() ? DMKG.Planned : DMKG.Occurred)
                .addProperty(PROV.wasDerivedFrom, article)
                .addProperty(DMKG.confidence, ArticleMapper.confidence(m, f.confidence()))
                .addProperty(DMKG.evidence, evidence);
        for (MeetingMark k : f.marks()) {
            Resource named = switch (k.role()) {
                case WORD -> r;
                case PARTICIPANT -> entities.person(m, k.ref());
                case PLACE -> place;
            };
            if (named != null) {
                ArticleMapper.phrase(article, evidence, facts.source().text(), facts.inSource(k.span()))
                        .addProperty(NIF.taIdentRef, named);
            }
        }
        return r;
    }

    private void office(OfficeHolding h) {
        Resource r = fact(local("membership", h.person(), h.role(), h.country(), h.organization()), ORG.Membership,
                h.confidence(), h.evidence())
                .addProperty(ORG.member, entities.person(m, h.person()))
                .addProperty(ORG.role, m.createResource(Iris.role(h.role())).addProperty(RDF.type, ORG.Role)
                        .addProperty(RDFS.label, h.role()));
        Resource country = h.country() == null ? null : entities.byKey(m, h.country());
        if (country != null) {
            r.addProperty(DMKG.country, country);
        }
        if (h.organization() != null) {
            Resource o = entities.byKey(m, h.organization());
            r.addProperty(ORG.organization, o != null ? o : m.createResource(Iris.entity(h.organization())));
        }
        if (h.asOf() != null) {
            r.addProperty(DMKG.asOf, ArticleMapper.date(m, h.asOf()));
        }
    }

    private void anniversary(AnniversaryFact a) {
        Resource event = m.createResource(Iris.event(a.event())).addProperty(RDF.type, DMKG.HistoricalEvent)
                .addProperty(RDFS.label, a.event());
        if (a.eventYear() != null) {
            event.addLiteral(DMKG.year, m.createTypedLiteral(java.math.BigInteger.valueOf(a.eventYear())));
        }
        Resource r = fact(Iris.anniversary(a, article.getURI()), DMKG.Anniversary, a.confidence(), a.evidence())
                .addLiteral(DMKG.ordinal, m.createTypedLiteral(java.math.BigInteger.valueOf(a.ordinal())))
                .addProperty(DMKG.commemorates, event);
        if (a.year() != null) {
            r.addLiteral(DMKG.year, m.createTypedLiteral(java.math.BigInteger.valueOf(a.year())));
        }
    }

    /** Whether a fact's confidence, as the graph states it ({@link ArticleMapper#stated}), reaches the minimum. */
    private boolean kept(double confidence) {
        return ArticleMapper.stated(confidence).doubleValue() >= min;
    }

    private String local(String kind, Object... key) {
        return Iris.local(kind, article.getURI(), key);
    }

    private Resource fact(String iri, Resource type, double confidence, org.w3id.dmkg.extract.Span span) {
        return m.createResource(iri).addProperty(RDF.type, type)
                .addProperty(PROV.wasDerivedFrom, article)
                .addProperty(DMKG.confidence, ArticleMapper.confidence(m, confidence))
                .addProperty(DMKG.evidence, evidence(span));
    }

    /** The evidence of a fact, its span (into the folded text) given in the article's text as read. */
    private Resource evidence(org.w3id.dmkg.extract.Span span) {
        return ArticleMapper.evidence(m, article, facts.source().text(), facts.inSource(span));
    }
}
