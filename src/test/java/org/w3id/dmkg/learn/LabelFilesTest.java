package org.w3id.dmkg.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.dmkg.eval.PredictedArticle;

/** The verdicts the meeting judge learns from and those it is measured by stay apart. */
class LabelFilesTest {
    private static final Path TRAINING = Path.of("data/labels");
    private static final Path HELD_BACK = Path.of("data/labels-held-back");

    @Test
    void noHeldBackVerdictTeachesTheJudge() throws IOException {
        MeetingLabels training = MeetingLabels.read(List.of(TRAINING));
        MeetingLabels heldBack = MeetingLabels.read(List.of(HELD_BACK));
        assertTrue(training.urls() > 0 && heldBack.urls() > 0, "both directories hold verdicts");
        List<String> both = new ArrayList<>();
        for (String url : heldBack.articleUrls()) {
            for (MeetingLabels.Label measured : heldBack.of(url)) {
                PredictedArticle.Meeting proposal = PredictedArticle.Meeting.of(measured.participants());
                for (MeetingLabels.Label taught : training.of(url)) {
                    if (taught.names(proposal)) {
                        both.add(url + "\t" + String.join(" + ", measured.participants()));
                    }
                }
            }
        }
        assertEquals(List.of(), both, "proposals judged both in " + TRAINING + " and in " + HELD_BACK);
    }
}
