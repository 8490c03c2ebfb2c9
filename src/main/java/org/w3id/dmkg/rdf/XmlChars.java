package org.w3id.dmkg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;

/**
 * Makes literals fit for RDF/XML and SPARQL results XML. XML 1.0 cannot hold most C0 control characters (ESC, BEL, form
 * feed...), U+FFFE, U+FFFF or unpaired surrogates, even escaped, so Jena's RDF/XML writer fails on a
 * graph whose literals contain them (article text copied from a terminal or a broken feed). dmkg
 * replaces each such character with U+FFFD (the replacement character) when it writes XML, and
 * only then: the store and the other syntaxes keep the text as it was read. Stateless, thread-safe.
 */
public final class XmlChars {
    /** What a character XML 1.0 cannot hold becomes in RDF/XML. */
    public static final char REPLACEMENT = '\uFFFD';

    private XmlChars() {
    }

    /** {@code model} itself when every literal fits in XML 1.0, else a copy whose literals were made to fit. */
    public static Model forXml(Model model) {
        if (model.getGraph().stream().noneMatch(t -> !fits(t.getObject()))) {
            return model;
        }
        Model copy = ModelFactory.createDefaultModel().setNsPrefixes(model);
        model.getGraph().stream().forEach(t -> copy.getGraph().add(fits(t.getObject()) ? t
                : Triple.create(t.getSubject(), t.getPredicate(), clean(t.getObject()))));
        return copy;
    }

    /** {@code node} itself when it is no literal or its text fits in XML 1.0, else the literal made to fit. */
    public static Node forXml(Node node) {
        return fits(node) ? node : clean(node);
    }

    /** {@code s} with every character XML 1.0 cannot hold replaced by {@link #REPLACEMENT}. */
    public static String clean(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            boolean ok = isXmlChar(cp);
            if (!ok && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null) {
                if (ok) {
                    b.appendCodePoint(cp);
                } else {
                    b.append(REPLACEMENT);
                }
            }
            i += n;
        }
        return b == null ? s : b.toString();
    }

    /** XML 1.0's {@code Char} production. */
    static boolean isXmlChar(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    private static boolean fits(Node n) {
        return !n.isLiteral() || clean(n.getLiteralLexicalForm()) == n.getLiteralLexicalForm();
    }

    private static Node clean(Node literal) {
        String lex = clean(literal.getLiteralLexicalForm());
        String lang = literal.getLiteralLanguage();
        return lang == null || lang.isEmpty()
                ? NodeFactory.createLiteralDT(lex, literal.getLiteralDatatype())
                : NodeFactory.createLiteralLang(lex, lang);
    }
}
