package org.w3id.dmkg.extract.meeting;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.w3id.dmkg.extract.ArticleContext;
import org.w3id.dmkg.extract.Lexicon;
import org.w3id.dmkg.extract.gazetteer.GazetteerEntry;
import org.w3id.dmkg.nlp.Mention;
import org.w3id.dmkg.nlp.MentionType;
import org.w3id.dmkg.nlp.Sentence;
import org.w3id.dmkg.nlp.Token;

/**
 * A conversation with someone the sentence introduces as working in the news media is an interview, not a
 * meeting: "NPR's Audie Cornish speaks with ...", "Host Renee Montagne speaks with ...", "he spoke with ABC's
 * George Stephanopoulos", "a discussion with MSNBC's Chris Hayes". Meeting in person stays a meeting ("met with
 * Fox News host Sean Hannity"). Stateless.
 */
final class Interviews {
    private Interviews() {
    }

    /** Words of media work before a name ({@code media-roles.txt}). */
    private static final Set<String> MEDIA_ROLES = Set.copyOf(Lexicon.lines("media-roles.txt"));
    /** Meeting words that name a conversation, which an interview also is. */
    private static final Set<String> CONVERSATION = Set.of("spoke", "speaks", "speak", "speaking", "talk", "talks",
            "talked", "talking", "discussion", "discussions", "conversation", "conversations", "interview",
            "interviews", "interviewed", "chat", "chats", "chatted");
    /** Words before which a media word is a verb: "will host Walker", "to host Tlaib". */
    private static final Set<String> VERB_BEFORE = Set.of("to", "will", "would", "could", "can", "may", "might",
            "shall", "should", "must", "'ll", "\u2019ll", "did", "also");
    private static final Set<String> POSSESSIVES = Set.of("'s", "\u2019s", "'", "\u2019");
    /** How many tokens from the meeting word the journalist may stand. */
    private static final int REACH = 12;
    /** How many tokens before a name its media word may stand: "NPR host Scott Simon". */
    private static final int ROLE_WINDOW = 2;

    /** Whether the meeting word at {@code t} names a conversation with a journalist of the sentence. */
    static boolean interview(ArticleContext ctx, Sentence s, int t) {
        List<Token> tokens = s.tokens();
        if (!CONVERSATION.contains(tokens.get(t).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (Mention m : ctx.persons(s)) {
            int k = MeetingParties.tokenFrom(tokens, m.start());
            if (Math.abs(k - t) <= REACH && (roleBefore(tokens, k) || outletBefore(ctx, tokens, k))) {
                return true;
            }
        }
        return false;
    }

    /** A media word just before the name at token {@code k}, not as a verb: "Host Renee Montagne". */
    private static boolean roleBefore(List<Token> tokens, int k) {
        int j = mediaWord(tokens, k, ROLE_WINDOW);
        return j >= 0 && (j == 0 || !VERB_BEFORE.contains(tokens.get(j - 1).text().toLowerCase(Locale.ROOT)));
    }

    /**
     * The index of the nearest word of media work ({@code media-roles.txt}) among the {@code window} tokens before
     * token {@code k} ("NPR host Scott Simon"), or -1.
     */
    static int mediaWord(List<Token> tokens, int k, int window) {
        for (int j = k - 1; j >= 0 && j >= k - window; j--) {
            if (MEDIA_ROLES.contains(tokens.get(j).text().toLowerCase(Locale.ROOT))) {
                return j;
            }
        }
        return -1;
    }

    /**
     * A news outlet's possessive just before the name at token {@code k}: "NPR's", "ABC News'" (which the tokenizer
     * may keep as one word, "News'", so the outlet is looked for among the words before).
     */
    private static boolean outletBefore(ArticleContext ctx, List<Token> tokens, int k) {
        if (k < 2) {
            return false;
        }
        String w = tokens.get(k - 1).text();
        if (!POSSESSIVES.contains(w) && !(w.length() > 1 && POSSESSIVES.contains(w.substring(w.length() - 1)))) {
            return false;
        }
        for (Mention org : ctx.mentions().within(tokens.get(Math.max(0, k - 3)).start(), tokens.get(k - 1).end(),
                MentionType.ORGANIZATION)) {
            if (ctx.gazetteer().entry(org.key()).map(GazetteerEntry::newsMedia).orElse(false)) {
                return true;
            }
        }
        return false;
    }
}
