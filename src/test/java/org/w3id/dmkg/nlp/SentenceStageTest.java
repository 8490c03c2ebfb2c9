package org.w3id.dmkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.dmkg.text.SourceDocument;

class SentenceStageTest {
    private static final SentenceStage STAGE = new SentenceStage(OpenNlpModels.shared());

    private static List<String> sentences(String text) {
        SourceDocument source = new SourceDocument("test", null, null, null, null, null, text);
        return STAGE.apply(Document.of(source)).sentences().stream().map(Sentence::text).toList();
    }

    /** Asserts that the stage reads the text as one sentence. */
    private static void oneSentence(String text) {
        assertEquals(List.of(text), sentences(text));
    }

    @Test
    void aPartyAndStateInBracketsEndsNoSentenceBeforeALowerCaseWord() {
        oneSentence("Sen. Carla Mendes (R-Ore.) on Tuesday met with Treasury Secretary Tom Fisher.");
        oneSentence("\u201cWe will vote,\u201d said Sen. Paul Reyes (D-N.Y.) after the meeting.");
    }

    @Test
    void aSentenceEndingInBracketsStillEndsBeforeACapital() {
        assertEquals(2, sentences("The bill was written by Sen. Paul Reyes (D-N.Y.). The House passes it next week.")
                .size());
    }

    @Test
    void aTitleHeldBeforeEndsNoSentence() {
        oneSentence("Weber went with Viktor Yushchenko to a meeting with then-Rep. Dan Burton in 2007.");
        oneSentence("She worked for then-Sen. Joe Biden and ex-Gov. Rick Perry.");
        assertEquals(2, sentences("The seat went to a then-unknown rival. Rep. Dan Burton lost.").size());
    }
}
