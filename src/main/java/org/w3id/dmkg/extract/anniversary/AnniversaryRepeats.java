package org.w3id.dmkg.extract.anniversary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.w3id.dmkg.extract.Names;

/** Recognizes one anniversary told more than once in an article. Stateless. */
final class AnniversaryRepeats {
    private AnniversaryRepeats() {
    }

    /**
     * The same anniversary told twice in one article ("establishing diplomatic relations", "the establishment
     * of diplomatic relations", a truncated copy) is kept once: as first told, unless that is a truncated copy.
     */
    static List<AnniversaryFact> drop(List<AnniversaryFact> facts) {
        List<AnniversaryFact> out = new ArrayList<>();
        for (AnniversaryFact f : facts) {
            boolean repeat = false;
            for (AnniversaryFact g : facts) {
                boolean truncated = Names.key(g.event()).startsWith(Names.key(f.event()));
                repeat |= g != f && g.ordinal() == f.ordinal() && Objects.equals(g.year(), f.year())
                        && (truncated || facts.indexOf(g) < facts.indexOf(f) && !Names.key(f.event())
                        .startsWith(Names.key(g.event()))) && overlap(g.event(), f.event()) >= 0.3;
            }
            if (!repeat) {
                out.add(f);
            }
        }
        return out;
    }

    /** Share of the shorter event's content words (stems of five letters) found in the longer one. */
    static double overlap(String a, String b) {
        Set<String> x = stems(a);
        Set<String> y = stems(b);
        Set<String> small = x.size() <= y.size() ? x : y;
        Set<String> large = small == x ? y : x;
        if (small.isEmpty()) {
            return 0;
        }
        long shared = small.stream().filter(large::contains).count();
        return (double) shared / small.size();
    }

    private static Set<String> stems(String s) {
        Set<String> out = new HashSet<>();
        for (String w : Names.words(s)) {
            if (w.length() > 3 && !w.equals("between") && !w.equals("their")) {
                out.add(w.equals("ties") ? "relat" : w.length() > 5 ? w.substring(0, 5) : w);
            }
        }
        return out;
    }
}
