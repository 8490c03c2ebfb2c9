package org.w3id.dmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.dmkg.eval.Calibration;

class EvalCommandTest {
    @Test
    void heldOutVerdictsNeedVerdictsToHoldOut() {
        Cli.run("eval", "--gold", "data", "--folds", "3", "--held-out-verdicts", Cli.SAMPLE.toString())
                .expect(2).oneErrorLine("--held-out-verdicts needs --folds and --meeting-labels");
    }

    @Test
    void verdictLineGivesPrecisionAndRecallOfTheHeldOutProposals() {
        List<Calibration.Judged> judged = new ArrayList<>();
        for (int i = 0; i < 20; i++) { // kept yes 8, kept no 2, dropped yes 4, dropped no 6
            judged.add(new Calibration.Judged(i < 10 ? 0.5 + i * 0.05 : 0.45 - i * 0.01, i < 8 || i >= 10 && i < 14));
        }
        assertEquals("held-out verdicts: 20 proposals, 10 kept of which 8 meetings (precision 0.800); 8 of 12 meetings "
                + "kept (recall 0.667); 6 of 8 non-meetings dropped", EvalCommand.verdictLine(judged, 0.5));
        assertEquals("held-out verdicts: 0 proposals, 0 kept of which 0 meetings (precision 0.000); 0 of 0 meetings "
                + "kept (recall 0.000); 0 of 0 non-meetings dropped", EvalCommand.verdictLine(List.of(), 0.5));
    }
}
