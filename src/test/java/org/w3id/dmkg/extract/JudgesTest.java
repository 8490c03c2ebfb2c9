package org.w3id.dmkg.extract;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class JudgesTest {
    @Test
    void theShippedModelsAreOnTheClasspathAndReadOnce() {
        Judges j = Judges.bundled();
        assertNotNull(j.person(), Judges.PERSON_FILE);
        assertNotNull(j.meeting(), Judges.MEETING_FILE);
        assertNotNull(j.office(), Judges.OFFICE_FILE);
        assertNotNull(j.setting(), Judges.SETTING_FILE);
        assertSame(j, Judges.bundled());
    }

    @Test
    void noJudgesMeansTheRules() {
        assertNull(Judges.none().person());
        assertNull(Judges.none().meeting());
        assertNull(Judges.none().office());
        assertNull(Judges.none().setting());
    }
}
