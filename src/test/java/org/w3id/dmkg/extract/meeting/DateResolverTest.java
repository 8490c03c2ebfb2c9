package org.w3id.dmkg.extract.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateResolverTest {
    private final DateResolver dates = new DateResolver();

    private static List<LocalDate> days(List<DateResolver.Found> found) {
        return found.stream().map(DateResolver.Found::date).toList();
    }

    @Test
    void aWeekdayAfterAnEarlierFullDateIsTheNextSuchDay() {
        LocalDate monday = LocalDate.of(2011, 3, 7);
        assertEquals(List.of(LocalDate.of(2011, 3, 8)),
                days(dates.findAfter("On Tuesday morning in Geneva, she opened the conference.", monday)));
        assertEquals(List.of(monday), days(dates.findAfter("On Monday evening she met the envoys.", monday)));
        assertEquals(List.of(LocalDate.of(2011, 3, 13)),
                days(dates.findAfter("She flew home on Sunday.", monday)));
    }

    @Test
    void withoutAnAnchorOnlyFullDatesCount() {
        assertTrue(dates.findAfter("On Tuesday she met the envoys.", null).isEmpty());
        assertEquals(List.of(LocalDate.of(2011, 3, 9)),
                days(dates.findAfter("On Wednesday, 9 March 2011, she met the envoys.", null)));
        assertTrue(dates.findAfter("Yesterday she met the envoys.", LocalDate.of(2011, 3, 7)).isEmpty());
    }

    @Test
    void aWeekdayOfANewsReportLooksBackFromItsDate() {
        LocalDate published = LocalDate.of(2011, 3, 10); // a Thursday
        assertEquals(List.of(LocalDate.of(2011, 3, 8)),
                days(dates.find("She met the envoys on Tuesday.", published, false)));
    }

    @Test
    void aMonthAndDayWellAheadOfAReportIsLastYearsUnlessPlanned() {
        LocalDate published = LocalDate.of(2020, 2, 17);
        assertEquals(List.of(LocalDate.of(2019, 7, 25)),
                days(dates.find("Trump's July 25 call with Zelensky is at the heart of the inquiry.", published,
                        false)));
        assertEquals(List.of(LocalDate.of(2020, 7, 25)),
                days(dates.find("The two will meet on July 25.", published, true)));
        assertEquals(List.of(LocalDate.of(2020, 3, 2)),
                days(dates.find("The summit on March 2 drew protests.", published, false)), "a fortnight ahead stays");
        assertEquals(List.of(LocalDate.of(2019, 12, 30)),
                days(dates.find("They met on Dec. 30.", LocalDate.of(2020, 1, 2), false)));
    }
}
