package org.w3id.dmkg.extract;

import java.io.IOException;
import java.io.InputStream;
import org.w3id.dmkg.DmkgException;
import org.w3id.dmkg.nlp.Classifier;

/**
 * The learned decisions of the extractor: which name-shaped runs are people, which proposed meetings
 * are meetings, whose country an office is when the text leaves it open, and which meetings take the
 * article's date and place. Any may be absent (null), in
 * which case the context rules decide persons, every proposed meeting is kept, and the rules' country of
 * an office stands. The models shipped with dmkg are rebuilt by {@code dmkg train}. Immutable;
 * thread-safe.
 *
 * @param person  the person judge, or null
 * @param meeting the meeting judge, or null
 * @param office  the office-country judge, or null
 * @param setting the judge of which meetings take the article's date and place, or null
 */
public record Judges(Classifier person, Classifier meeting, Classifier office, Classifier setting) {
    /** Where the shipped models live on the classpath; {@code dmkg train} writes files of these names. */
    public static final String DIRECTORY = "/org/w3id/dmkg/model/";
    public static final String PERSON_FILE = "person-judge.bin";
    public static final String MEETING_FILE = "meeting-judge.bin";
    public static final String OFFICE_FILE = "office-country-judge.bin";
    public static final String SETTING_FILE = "setting-judge.bin";

    private static volatile Judges bundled;

    /** No learned decision: the rules decide persons, and every proposed meeting is kept. */
    public static Judges none() {
        return new Judges(null, null, null, null);
    }

    /** The shipped models, read once; either is absent when dmkg was built without it. */
    public static Judges bundled() {
        Judges j = bundled;
        if (j == null) {
            synchronized (Judges.class) {
                j = bundled;
                if (j == null) {
                    j = new Judges(load(PERSON_FILE), load(MEETING_FILE), load(OFFICE_FILE), load(SETTING_FILE));
                    bundled = j;
                }
            }
        }
        return j;
    }

    /** These judges with the meeting and office-country judges replaced. */
    public Judges with(Classifier meetingJudge, Classifier officeJudge) {
        return new Judges(person, meetingJudge, officeJudge, setting);
    }

    /** These judges with the setting judge replaced. */
    public Judges withSetting(Classifier settingJudge) {
        return new Judges(person, meeting, office, settingJudge);
    }

    private static Classifier load(String file) {
        try (InputStream in = Judges.class.getResourceAsStream(DIRECTORY + file)) {
            return in == null ? null : Classifier.read(in);
        } catch (IOException e) {
            throw new DmkgException(DmkgException.FAILURE, "model " + DIRECTORY + file + ": " + e.getMessage(), e);
        }
    }
}
