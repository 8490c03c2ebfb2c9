package org.w3id.dmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EvalCommandTest {
    @Test
    void heldOutVerdictsNeedVerdictsToHoldOut() {
        Cli.run("eval", "--gold", "data", "--folds", "3", "--held-out-verdicts", Cli.SAMPLE.toString())
                .expect(2).oneErrorLine("--held-out-verdicts needs --folds and --meeting-labels");
    }

    @Test
    void verdictLineGivesPrecisionAndRecallOfTheHeldOutProposals() {
        // kept yes, kept no, dropped yes, dropped no
        assertEquals("held-out verdicts: 20 proposals, 10 kept of which 8 meetings (precision 0.800); 8 of 12 meetings "
                + "kept (recall 0.667); 6 of 8 non-meetings dropped", EvalCommand.verdictLine(new int[] {8, 2, 4, 6}));
        assertEquals("held-out verdicts: 0 proposals, 0 kept of which 0 meetings (precision 0.000); 0 of 0 meetings "
                + "kept (recall 0.000); 0 of 0 non-meetings dropped", EvalCommand.verdictLine(new int[4]));
    }
}
