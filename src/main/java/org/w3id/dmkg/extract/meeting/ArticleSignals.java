package org.w3id.dmkg.extract.meeting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.dmkg.extract.ArticleContext;
import org.w3id.dmkg.extract.office.OfficeHolding;
import org.w3id.dmkg.extract.person.PersonFact;
import org.w3id.dmkg.nlp.MentionType;
import org.w3id.dmkg.nlp.Sentence;

/**
 * What the whole article tells the meeting judge about each of its proposals: how much of the article
 * speaks of meetings and how many countries it names (a readout of talks reads otherwise than a story of
 * domestic politics that mentions a meeting in passing), and, per person, how often the article names them
 * and whether it gives them an office (a run named once and never titled is often no person at all).
 */
record ArticleSignals(List<String> features, Map<String, Integer> mentions, Set<String> titled) {

    /** @param meetingWords the meeting words of each sentence, by sentence index */
    static ArticleSignals of(ArticleContext ctx, List<OfficeHolding> offices, List<List<Integer>> meetingWords) {
        List<Sentence> sentences = ctx.document().sentences();
        int meetingSentences = 0;
        for (Sentence s : sentences) {
            if (!ctx.persons(s).isEmpty() && !meetingWords.get(s.index()).isEmpty()) {
                meetingSentences++;
            }
        }
        Set<String> countries = new HashSet<>();
        ctx.mentions().all().stream().filter(m -> m.type() == MentionType.COUNTRY)
                .forEach(m -> countries.add(m.key()));
        double share = sentences.isEmpty() ? 0 : (double) meetingSentences / sentences.size();
        List<String> f = List.of(
                "article-meeting-share=" + (share < 0.05 ? "<5%" : share < 0.15 ? "<15%" : share < 0.3 ? "<30%" : "30%+"),
                "article-countries=" + (countries.size() <= 1 ? String.valueOf(countries.size())
                        : countries.size() <= 3 ? "2-3" : "4+"));
        Map<String, Integer> mentions = new HashMap<>();
        for (PersonFact p : ctx.people().persons()) {
            mentions.put(p.name(), p.mentions().size());
        }
        Set<String> titled = new HashSet<>();
        offices.forEach(h -> titled.add(h.person()));
        return new ArticleSignals(f, Map.copyOf(mentions), Set.copyOf(titled));
    }

    /** The article's features and those of the proposal's weakest participant. */
    List<String> of(List<String> participants) {
        int fewest = Integer.MAX_VALUE;
        int untitled = 0;
        for (String p : participants) {
            fewest = Math.min(fewest, mentions.getOrDefault(p, 1));
            untitled += titled.contains(p) ? 0 : 1;
        }
        List<String> f = new ArrayList<>(features);
        String mentioned = fewest <= 1 ? "1" : fewest == 2 ? "2" : "3+";
        f.add("fewest-mentions=" + mentioned);
        f.add("untitled=" + Math.min(untitled, 2));
        f.add("fewest-mentions&untitled=" + mentioned + "&" + Math.min(untitled, 2));
        return f;
    }
}
