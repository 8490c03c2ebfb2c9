package org.w3id.dmkg.learn;

import java.util.ArrayList;
import java.util.List;
import org.w3id.dmkg.eval.GoldArticle;
import org.w3id.dmkg.eval.Matching;
import org.w3id.dmkg.extract.person.PersonCandidate;
import org.w3id.dmkg.nlp.Classifier;

/**
 * Training examples for the person judge: each name-shaped run of an article, labelled yes when it is
 * one of the persons the gold lists or a short form of one ("Xi" of "Xi Jinping"), else no. Stateless.
 */
public final class PersonExamples {
    private PersonExamples() {
    }

    public static List<Classifier.Example> label(List<PersonCandidate> candidates, GoldArticle gold) {
        List<Classifier.Example> out = new ArrayList<>();
        for (PersonCandidate c : candidates) {
            String name = c.mention().text();
            boolean yes = gold.persons().stream().anyMatch(p -> Matching.personPart(p, name));
            out.add(new Classifier.Example(c.features(), yes));
        }
        return out;
    }
}
