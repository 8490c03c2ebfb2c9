package org.w3id.dmkg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.w3id.dmkg.DmkgException;

/**
 * Writes a {@link MeetingNetwork} as Graphviz DOT or as GraphML. Nodes are boxes labelled with the
 * person's name and office, filled with a colour chosen by a hash of the office's country (the same
 * country always gets the same colour; two countries may share one); edges are as thick as the
 * logarithm of their weight. The DOT output lays itself out with {@code neato} (up to
 * {@value #NEATO_MAX} nodes) or {@code sfdp}, without overlaps. Stateless.
 */
public final class NetworkWriter {
    static final int NEATO_MAX = 120;
    /** Pastel fills (ColorBrewer Set3, grey swapped for tan) that keep black text readable. */
    private static final List<String> PALETTE = List.of("#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3",
            "#fdb462", "#b3de69", "#fccde5", "#e5c494", "#bc80bd", "#ccebc5", "#ffed6f");
    private static final String NO_COUNTRY = "#ffffff";

    private NetworkWriter() {
    }

    /** The fill colour of a country's people; white when the country is unknown. */
    public static String colour(String country) {
        if (country == null || country.isEmpty()) {
            return NO_COUNTRY;
        }
        // CRC-32 rather than String.hashCode, whose low bits put China and Russia on the same colour
        CRC32 crc = new CRC32();
        crc.update(country.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
        return PALETTE.get((int) (crc.getValue() % PALETTE.size()));
    }

    /** The pen width of an edge of {@code weight} meetings: 1 for one meeting, growing with its logarithm. */
    public static double penWidth(int weight) {
        return Math.min(8.0, 1.0 + 1.5 * Math.log(Math.max(1, weight)) / Math.log(2));
    }

    /** Writes {@code network} as an undirected DOT graph; {@code out} is not closed. */
    public static void dot(MeetingNetwork network, Writer out) throws IOException {
        Map<String, String> ids = ids(network);
        out.write("graph dmkg {\n");
        out.write("  graph [layout=" + (network.nodes().size() <= NEATO_MAX ? "neato" : "sfdp")
                + ", overlap=false, splines=true, sep=\"+12\", outputorder=edgesfirst, pad=0.3,"
                + " fontname=\"Helvetica\", fontsize=12];\n");
        out.write("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=11,"
                + " color=\"#555555\", margin=\"0.12,0.06\"];\n");
        out.write("  edge [color=\"#4d4d4d99\", fontname=\"Helvetica\", fontsize=9, fontcolor=\"#333333\"];\n");
        for (MeetingNetwork.Node n : network.nodes()) {
            String label = quote(n.label()) + (n.office().isEmpty() ? "" : "\\n" + quote(n.office()));
            out.write("  " + ids.get(n.iri()) + " [label=\"" + label + "\", fillcolor=\"" + colour(n.countryLabel())
                    + "\", tooltip=\"" + quote(n.iri()) + "\"];\n");
        }
        for (MeetingNetwork.Edge e : network.edges()) {
            out.write("  " + ids.get(e.a()) + " -- " + ids.get(e.b()) + " [penwidth="
                    + String.format(Locale.ROOT, "%.2f", penWidth(e.weight())) + ", weight=" + e.weight()
                    + (e.weight() > 1 ? ", label=\"" + e.weight() + "\"" : "")
                    + ", tooltip=\"" + e.weight() + (e.weight() == 1 ? " meeting" : " meetings") + "\"];\n");
        }
        out.write("}\n");
        out.flush();
    }

    /** Writes {@code network} as GraphML (UTF-8) with label, office, country, colour, IRI and weight keys. */
    public static void graphml(MeetingNetwork network, OutputStream out) {
        Map<String, String> ids = ids(network);
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("graphml");
            x.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
            for (String[] key : new String[][] {{"label", "node", "string"}, {"office", "node", "string"},
                    {"country", "node", "string"}, {"color", "node", "string"}, {"iri", "node", "string"},
                    {"weight", "edge", "int"}}) {
                x.writeCharacters("\n  ");
                x.writeEmptyElement("key");
                x.writeAttribute("id", key[0]);
                x.writeAttribute("for", key[1]);
                x.writeAttribute("attr.name", key[0]);
                x.writeAttribute("attr.type", key[2]);
            }
            x.writeCharacters("\n  ");
            x.writeStartElement("graph");
            x.writeAttribute("id", "dmkg");
            x.writeAttribute("edgedefault", "undirected");
            for (MeetingNetwork.Node n : network.nodes()) {
                x.writeCharacters("\n    ");
                x.writeStartElement("node");
                x.writeAttribute("id", ids.get(n.iri()));
                data(x, "label", n.label());
                data(x, "office", n.office());
                data(x, "country", n.countryLabel());
                data(x, "color", colour(n.countryLabel()));
                data(x, "iri", n.iri());
                x.writeEndElement();
            }
            for (MeetingNetwork.Edge e : network.edges()) {
                x.writeCharacters("\n    ");
                x.writeStartElement("edge");
                x.writeAttribute("source", ids.get(e.a()));
                x.writeAttribute("target", ids.get(e.b()));
                data(x, "weight", Integer.toString(e.weight()));
                x.writeEndElement();
            }
            x.writeCharacters("\n  ");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
        } catch (XMLStreamException e) {
            throw new DmkgException(DmkgException.FAILURE, "graphml: " + e.getMessage(), e);
        }
    }

    private static void data(XMLStreamWriter x, String key, String value) throws XMLStreamException {
        x.writeStartElement("data");
        x.writeAttribute("key", key);
        // XML 1.0 cannot carry most control characters, even escaped; the others would reach a terminal raw
        x.writeCharacters(value.replaceAll("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f]", " "));
        x.writeEndElement();
    }

    /** Short node ids n0, n1, ... in node order, so no IRI has to be escaped as an id. */
    private static Map<String, String> ids(MeetingNetwork network) {
        Map<String, String> ids = new HashMap<>();
        for (MeetingNetwork.Node n : network.nodes()) {
            ids.put(n.iri(), "n" + ids.size());
        }
        return ids;
    }

    /** Text inside a DOT double-quoted string: quotes and backslashes escaped, line breaks and controls as spaces. */
    static String quote(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\r\\n\\t\\x00-\\x1f\\x7f-\\x9f]+", " ");
    }
}
