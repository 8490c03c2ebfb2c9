package org.w3id.dmkg.extract.meeting;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SettingJudgeTest {
    private static final LocalDate DAY = LocalDate.of(2019, 3, 16);

    @Test
    void aTimeTheSentenceTellsKeepsTheMeetingOffTheArticlesDay() {
        assertTrue(SettingJudge.otherTime("Macron met Keita in Bamako last month.", DAY));
        assertTrue(SettingJudge.otherTime("Kishida received Jaishankar earlier this month.", DAY));
        assertTrue(SettingJudge.otherTime("May, who met Akufo-Addo in Accra in August 2018, welcomed it.", DAY));
        assertTrue(SettingJudge.otherTime("They met in 2017 in Davos.", DAY));
        assertTrue(SettingJudge.otherTime("The two held talks in January of this year.", DAY));
    }

    @Test
    void aSentenceWithoutATimeMayTakeTheArticlesDay() {
        assertFalse(SettingJudge.otherTime("Abiy also discussed with Djiboutian President Guelleh.", DAY));
        assertFalse(SettingJudge.otherTime("On the sidelines of the session, Abiy held talks with Kagame.", DAY));
        assertFalse(SettingJudge.otherTime("The leaders met in March 2019 to sign it.", DAY));
        assertFalse(SettingJudge.otherTime("Trump met May at the summit in Brussels.", DAY));
    }
}
