package org.w3id.dmkg.learn;

import java.util.ArrayList;
import java.util.List;
import org.w3id.dmkg.eval.Aliases;
import org.w3id.dmkg.eval.GoldArticle;
import org.w3id.dmkg.eval.Matching;
import org.w3id.dmkg.extract.office.OfficeCountryCandidate;
import org.w3id.dmkg.nlp.Classifier;

/**
 * Training examples for the office-country judge: each candidate country of an office the text leaves
 * open, labelled yes when the gold records that person in that office for that country, no when it records
 * them in that office for another country. Offices the gold does not record, or records without a country,
 * teach nothing and give no example. Stateless.
 */
public final class OfficeExamples {
    private OfficeExamples() {
    }

    public static List<Classifier.Example> label(List<OfficeCountryCandidate> candidates, GoldArticle gold) {
        Aliases aliases = Aliases.standard();
        List<Classifier.Example> out = new ArrayList<>();
        for (OfficeCountryCandidate c : candidates) {
            String goldCountry = null;
            for (GoldArticle.Office o : gold.offices()) {
                if (o.country() != null && Matching.personMatch(o.person(), c.holding().person())
                        && Matching.officeMatch(o.office(), c.holding().role())) {
                    goldCountry = aliases.country(o.country());
                    break;
                }
            }
            if (goldCountry != null) {
                out.add(new Classifier.Example(c.features(), goldCountry.equals(aliases.country(c.label()))));
            }
        }
        return out;
    }
}
