package org.w3id.dmkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class NetworkWriterTest {
    static final MeetingNetwork NETWORK = new MeetingNetwork(List.of(
            new MeetingNetwork.Node("urn:a", "Sergei Shoigu", "Secretary, Russia", "Russia"),
            new MeetingNetwork.Node("urn:b", "Xi \"Big\" Jinping \\ <&>", "President, China", "China"),
            new MeetingNetwork.Node("urn:c", "Nobody\nKnown", "", "")),
            List.of(new MeetingNetwork.Edge("urn:a", "urn:b", 1), new MeetingNetwork.Edge("urn:b", "urn:c", 4)));

    @Test
    void dotHasTheNodesEdgesAndEscapes() throws Exception {
        StringWriter out = new StringWriter();
        NetworkWriter.dot(NETWORK, out);
        String dot = out.toString();
        assertTrue(dot.startsWith("graph dmkg {\n") && dot.endsWith("}\n"), dot);
        assertTrue(dot.contains("layout=neato") && dot.contains("overlap=false"), dot);
        assertTrue(dot.contains("n0 [label=\"Sergei Shoigu\\nSecretary, Russia\", fillcolor=\""
                + NetworkWriter.colour("Russia") + "\""), dot);
        assertTrue(dot.contains("n1 [label=\"Xi \\\"Big\\\" Jinping \\\\ <&>\\nPresident, China\""), dot);
        assertTrue(dot.contains("n2 [label=\"Nobody Known\", fillcolor=\"#ffffff\""), dot);
        assertTrue(dot.contains("n0 -- n1 [penwidth=1.00, weight=1, tooltip=\"1 meeting\"]"), dot);
        assertTrue(dot.contains("n1 -- n2 [penwidth=4.00, weight=4, label=\"4\", tooltip=\"4 meetings\"]"), dot);
        assertEquals(2, dot.lines().filter(l -> l.contains(" -- ")).count());
    }

    @Test
    void graphmlIsWellFormed() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NetworkWriter.graphml(NETWORK, out);
        Document doc = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(out.toByteArray()));
        assertEquals("http://graphml.graphdrawing.org/xmlns", doc.getDocumentElement().getNamespaceURI());
        NodeList nodes = doc.getElementsByTagName("node");
        assertEquals(3, nodes.getLength());
        Element xi = (Element) nodes.item(1);
        assertEquals("Xi \"Big\" Jinping \\ <&>", xi.getElementsByTagName("data").item(0).getTextContent());
        NodeList edges = doc.getElementsByTagName("edge");
        assertEquals(2, edges.getLength());
        Element heavy = (Element) edges.item(1);
        assertEquals("n1", heavy.getAttribute("source"));
        assertEquals("4", heavy.getElementsByTagName("data").item(0).getTextContent());
    }

    @Test
    void coloursAreStableAndPenWidthsGrow() {
        assertEquals(NetworkWriter.colour("China"), NetworkWriter.colour("china"));
        assertNotEquals(NetworkWriter.colour("China"), NetworkWriter.colour("Russia"));
        assertEquals("#ffffff", NetworkWriter.colour(""));
        assertEquals(1.0, NetworkWriter.penWidth(1));
        assertTrue(NetworkWriter.penWidth(2) < NetworkWriter.penWidth(3));
        assertEquals(8.0, NetworkWriter.penWidth(10_000));
    }
}
