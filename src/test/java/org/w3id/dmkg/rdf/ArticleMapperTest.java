package org.w3id.dmkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.w3id.dmkg.extract.ArticleFacts;
import org.w3id.dmkg.extract.EntityFact;
import org.w3id.dmkg.extract.Span;
import org.w3id.dmkg.extract.anniversary.AnniversaryFact;
import org.w3id.dmkg.extract.gazetteer.EntryKind;
import org.w3id.dmkg.extract.gazetteer.Gazetteer;
import org.w3id.dmkg.extract.gazetteer.GazetteerEntry;
import org.w3id.dmkg.extract.office.OfficeHolding;
import org.w3id.dmkg.extract.person.PersonFact;
import org.w3id.dmkg.extract.meeting.MeetingFact;
import org.w3id.dmkg.extract.meeting.MeetingMark;
import org.w3id.dmkg.extract.meeting.MeetingMode;
import org.w3id.dmkg.extract.statement.StatementFact;
import org.w3id.dmkg.text.FoldedText;
import org.w3id.dmkg.text.SourceDocument;

/** Facts made by hand, mapped to RDF: evidence in the text as read, preferred names, shared anniversaries. */
class ArticleMapperTest {
    private static final Gazetteer GAZETTEER = new Gazetteer(List.of(
            new GazetteerEntry(EntryKind.COUNTRY, "country/RU", "Russia", List.of("Russia"), List.of("Russian"), null, null, false)));
    private static final ArticleMapper MAPPER = new ArticleMapper(GAZETTEER, key -> List.of(), 0);
    private static final String TEXT = "Turkish President Recep Tayyip Erdo\u200f\u011fan met Vladimir\u00a0Putin.\n\n"
            + "Erdo\u011fan said\u202fboth sides marked the 80th anniversary of the founding of the United Nations.";

    private static ArticleFacts facts(String url, String text, Integer anniversaryYear) {
        FoldedText folded = FoldedText.of(text);
        String seen = folded.text();
        int second = seen.indexOf("Erdo\u011fan said");
        Span lead = new Span(0, seen.indexOf('\n'));
        Span quote = new Span(second, seen.length());
        SourceDocument source = new SourceDocument("t", url, null, null, null, null, text);
        return new ArticleFacts(source, folded,
                List.of(new PersonFact("Recep Tayyip Erdo\u011fan", List.of()), new PersonFact("Vladimir Putin", List.of())),
                List.of(new EntityFact(EntryKind.COUNTRY, "country/RU", "Russia"),
                        new EntityFact(EntryKind.ORGANIZATION, "org/acme-defence-inc", "Acme Defence Inc")),
                List.of(), List.of(),
                List.of(new OfficeHolding("Recep Tayyip Erdo\u011fan", "President", null, null, null, 0.9, lead)),
                List.of(new AnniversaryFact(80, anniversaryYear, "founding of the United Nations", 1945, 0.9, quote)),
                List.of(new StatementFact("Recep Tayyip Erdo\u011fan", "both sides marked the 80th anniversary", -1, 0.8,
                        quote)));
    }

    @Test
    void evidenceSlicesTheTextAsRead() {
        Model m = MAPPER.map(facts("https://e.org/1", TEXT, 2025)).model();
        List<String> anchors = new ArrayList<>();
        m.listResourcesWithProperty(RDF.type, DMKG.Evidence).forEachRemaining(ev -> {
            int begin = ev.getProperty(NIF.beginIndex).getInt();
            int end = ev.getProperty(NIF.endIndex).getInt();
            String anchor = ev.getProperty(NIF.anchorOf).getString();
            assertEquals(TEXT.substring(begin, end), anchor);
            anchors.add(anchor);
        });
        assertEquals(2, anchors.size(), anchors.toString());
        assertTrue(anchors.contains("Turkish President Recep Tayyip Erdo\u200f\u011fan met Vladimir\u00a0Putin."), anchors.toString());
        assertTrue(anchors.stream().anyMatch(a -> a.startsWith("Erdo\u011fan said\u202fboth")), anchors.toString());
    }

    @Test
    void aMeetingsPhrasesMarkItsWordAndPeopleInTheTextAsRead() {
        FoldedText folded = FoldedText.of(TEXT);
        String seen = folded.text();
        Span lead = new Span(0, seen.indexOf('\n'));
        String erdogan = "Recep Tayyip Erdo\u011fan";
        List<MeetingMark> marks = List.of(
                new MeetingMark(new Span(seen.indexOf("met"), seen.indexOf("met") + 3), MeetingMark.Role.WORD, null),
                new MeetingMark(new Span(seen.indexOf("Recep"), seen.indexOf(" met")), MeetingMark.Role.PARTICIPANT, erdogan),
                new MeetingMark(new Span(seen.indexOf("Vladimir"), seen.indexOf('.')), MeetingMark.Role.PARTICIPANT,
                        "Vladimir Putin"));
        MeetingFact meeting = new MeetingFact(MeetingMode.IN_PERSON, false, List.of(erdogan, "Vladimir Putin"), null, null,
                null, null, 0.9, lead, marks);
        ArticleFacts facts = new ArticleFacts(new SourceDocument("t", "https://e.org/1", null, null, null, null, TEXT),
                folded, List.of(new PersonFact(erdogan, List.of()), new PersonFact("Vladimir Putin", List.of())),
                List.of(), List.of(), List.of(meeting), List.of(), List.of(), List.of());
        Model m = MAPPER.map(facts).model();
        Resource theMeeting = m.listResourcesWithProperty(RDF.type, DMKG.Meeting).next();
        Resource evidence = theMeeting.getPropertyResourceValue(DMKG.evidence);
        java.util.Map<String, Resource> named = new java.util.TreeMap<>();
        m.listResourcesWithProperty(RDF.type, NIF.Phrase).forEachRemaining(p -> {
            int begin = p.getProperty(NIF.beginIndex).getInt();
            int end = p.getProperty(NIF.endIndex).getInt();
            String anchor = p.getProperty(NIF.anchorOf).getString();
            assertEquals(TEXT.substring(begin, end), anchor, "offsets into the text as read");
            assertEquals(evidence, p.getPropertyResourceValue(NIF.superString));
            named.put(anchor, p.getPropertyResourceValue(NIF.taIdentRef));
        });
        assertEquals(java.util.Set.of("met", "Recep Tayyip Erdo\u200f\u011fan", "Vladimir\u00a0Putin"), named.keySet());
        assertEquals(theMeeting, named.get("met"), "the meeting word names the meeting");
        assertEquals(Iris.person(erdogan), named.get("Recep Tayyip Erdo\u200f\u011fan").getURI());
        assertEquals(Iris.person("Vladimir Putin"), named.get("Vladimir\u00a0Putin").getURI());
    }

    @Test
    void onlyReferenceEntitiesHaveAPreferredName() {
        Model m = MAPPER.map(facts("https://e.org/1", TEXT, 2025)).model();
        Resource russia = m.getResource(DMKG.ID + "country/RU");
        assertEquals("Russia", russia.getProperty(SKOS.prefLabel).getString());
        Resource acme = m.getResource(DMKG.ID + "org/acme-defence-inc");
        assertEquals("Acme Defence Inc", acme.getProperty(RDFS.label).getString());
        assertFalse(acme.hasProperty(SKOS.prefLabel), "an organization known only from one article's spelling");
        assertEquals("Recep Tayyip Erdo\u011fan", m.getResource(Iris.person("Recep Tayyip Erdogan"))
                .getProperty(RDFS.label).getString());
    }

    @Test
    void articlesMarkingTheSameAnniversaryShareItsNode() {
        String other = TEXT.replace("Turkish", "The Turkish");
        String a = anniversary(MAPPER.map(facts("https://e.org/1", TEXT, 2025)).model());
        assertEquals(a, anniversary(MAPPER.map(facts("https://e.org/2", other, 2025)).model()));
        assertNotEquals(a, anniversary(MAPPER.map(facts("https://e.org/2", other, 2024)).model()));
        String undated = anniversary(MAPPER.map(facts("https://e.org/1", TEXT, null)).model());
        assertNotEquals(undated, anniversary(MAPPER.map(facts("https://e.org/2", other, null)).model()),
                "without a year, only within its article");
    }

    private static String anniversary(Model m) {
        List<Resource> found = m.listResourcesWithProperty(RDF.type, DMKG.Anniversary).toList();
        assertEquals(1, found.size());
        return found.get(0).getURI();
    }
}
