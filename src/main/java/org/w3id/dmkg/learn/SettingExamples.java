package org.w3id.dmkg.learn;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.w3id.dmkg.eval.FactMatching;
import org.w3id.dmkg.eval.GoldArticle;
import org.w3id.dmkg.eval.Matching;
import org.w3id.dmkg.eval.PredictedArticle;
import org.w3id.dmkg.extract.gazetteer.Gazetteer;
import org.w3id.dmkg.extract.gazetteer.GazetteerEntry;
import org.w3id.dmkg.extract.meeting.SettingCandidate;
import org.w3id.dmkg.nlp.Classifier;

/**
 * Training examples for the setting judge: each open date or place of a meeting the gold records (by its
 * participants, the scorer's rule), labelled yes when the gold gives that meeting the article's date (or a
 * city the article's place lies in or is), no when the gold gives another. Meetings the gold does not record,
 * and dates or places it leaves open because the text does not tell them, teach nothing. Stateless.
 */
public final class SettingExamples {
    private SettingExamples() {
    }

    public static List<Classifier.Example> label(List<SettingCandidate> candidates, GoldArticle gold, Gazetteer gazetteer) {
        List<Classifier.Example> out = new ArrayList<>();
        for (SettingCandidate c : candidates) {
            PredictedArticle.Meeting m = PredictedArticle.Meeting.of(c.meeting().participants());
            GoldArticle.Meeting g = gold.meetings().stream().filter(GoldArticle.Meeting::scored)
                    .filter(x -> FactMatching.participantsMatch(x, m)).findFirst().orElse(null);
            if (g == null || (c.date() ? g.date() : g.city()) == null) {
                continue; // what the text does not tell, the gold leaves open: neither right nor wrong
            }
            boolean yes = c.date() ? c.value().equals(g.date())
                    : names(c.value(), gazetteer).contains(Matching.norm(g.city()));
            out.add(new Classifier.Example(c.features(), yes));
        }
        return out;
    }

    /** The names of a place and of every place that contains it, as the scorer compares them. */
    private static Set<String> names(String key, Gazetteer gazetteer) {
        Set<String> out = new HashSet<>();
        for (String k = key; k != null; ) {
            GazetteerEntry e = gazetteer.entry(k).orElse(null);
            if (e == null) {
                break;
            }
            e.names().forEach(n -> out.add(Matching.norm(n)));
            k = e.containedIn() != null ? e.containedIn() : e.country();
            if (k != null && k.equals(e.key())) {
                break;
            }
        }
        return out;
    }
}
