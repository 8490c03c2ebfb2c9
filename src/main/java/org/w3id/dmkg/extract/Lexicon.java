package org.w3id.dmkg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the word lists under {@code org/w3id/dmkg/lexicon/} on the classpath: one entry a line,
 * {@code #} comments and blank lines ignored.
 */
public final class Lexicon {
    private static final String BASE = "org/w3id/dmkg/lexicon/";
    /** The verbs of speech ({@code speech-verbs.txt}). */
    public static final Set<String> SPEECH_VERBS = Set.copyOf(lines("speech-verbs.txt"));
    /**
     * The meeting words ({@code meeting-verbs.txt}) and the verbs of speech: words a title-case headline
     * capitalizes and the tagger may take for nouns, never names.
     */
    public static final Set<String> MEETING_AND_SPEECH_WORDS = meetingAndSpeechWords();
    /** Last words that make a capitalized phrase a body ({@code organization-heads.txt}): "Ministry", "Commission". */
    public static final Set<String> ORGANIZATION_HEADS = Set.copyOf(lines("organization-heads.txt"));
    /** Last words that make a capitalized phrase a building or a place ("Trump Tower", "Blair House"). */
    public static final Set<String> PLACE_HEADS = Set.copyOf(lines("place-heads.txt"));
    /** First words that make a capitalized phrase a place ({@code place-openers.txt}): "Fort Hood", "Mount Rushmore". */
    public static final Set<String> PLACE_OPENERS = Set.copyOf(lines("place-openers.txt"));

    private Lexicon() {
    }

    /** The entries of a list file, trimmed, in file order. */
    public static List<String> lines(String file) {
        InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(BASE + file);
        if (in == null) {
            throw new IllegalStateException("lexicon " + file + " is missing from the classpath");
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * Whether the text, lower-cased, holds one of the (lower-case) words: the cheap gate before a pattern each of
     * whose matches holds one.
     */
    public static boolean holdsAny(String text, List<String> words) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (String w : words) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> meetingAndSpeechWords() {
        Set<String> out = new java.util.HashSet<>(pairs("meeting-verbs.txt").keySet());
        out.addAll(SPEECH_VERBS);
        return Set.copyOf(out);
    }

    /** A two-column list file (tab-separated) as an ordered map from the first column to the second. */
    public static Map<String, String> pairs(String file) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : lines(file)) {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IllegalStateException("lexicon " + file + ": no tab in '" + line + "'");
            }
            out.put(line.substring(0, tab).strip(), line.substring(tab + 1).strip());
        }
        return out;
    }
}
