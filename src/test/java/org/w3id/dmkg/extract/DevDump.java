package org.w3id.dmkg.extract;

import java.util.List;
import org.w3id.dmkg.Dmkg;
import org.w3id.dmkg.nlp.Document;
import org.w3id.dmkg.nlp.Mention;
import org.w3id.dmkg.text.ArticleSource;

/** Developer tool: prints the mentions and facts extracted from the inputs, for tuning the recognizers. */
public final class DevDump {
    private DevDump() {
    }

    public static void main(String[] args) {
        Extractor x = Dmkg.shared().session(0).extractor();
        new ArticleSource().read(List.of(args), doc -> {
            System.out.println("=== " + doc.origin() + " ref=" + doc.referenceDate() + " dateline=" + doc.dateline()
                    + " headline=" + doc.headline());
            Document d = x.annotate(doc);
            StringBuilder b = new StringBuilder();
            for (Mention m : d.mentions()) {
                b.append(m.type().name().charAt(0)).append('[').append(m.text()).append("] ");
            }
            System.out.println(b);
            if (Boolean.getBoolean("dmkg.tokens")) {
                d.sentences().forEach(s -> {
                    StringBuilder t = new StringBuilder("  T");
                    s.tokens().forEach(k -> t.append(' ').append(k.text()).append('/').append(k.pos()));
                    System.out.println(t);
                });
            }
            ArticleFacts f = x.extract(doc);
            f.persons().forEach(p -> System.out.println("  P " + p.name()));
            f.entities().forEach(e -> System.out.println("  E " + e));
            f.meetings().forEach(m -> System.out.println("  M " + m));
            f.offices().forEach(o -> System.out.println("  O " + o));
            f.anniversaries().forEach(a -> System.out.println("  A " + a));
            f.statements().forEach(s -> System.out.println("  S " + s.speaker() + ": " + s.text()));
        }, p -> System.out.println("PROBLEM " + p));
    }
}
