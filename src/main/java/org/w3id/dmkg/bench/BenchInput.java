package org.w3id.dmkg.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.w3id.dmkg.Dmkg;
import org.w3id.dmkg.DmkgException;
import org.w3id.dmkg.text.ArticleSource;
import org.w3id.dmkg.text.SourceDocument;

/**
 * The articles a benchmark runs on, by index: files read once and held in memory, or synthetic articles
 * made on demand (so a run of 100,000 holds none of them), either repeated {@code repeat} times. Each
 * repetition is another article (its URL marked with the copy's number), so a load stores every one
 * as new, as it would distinct articles, not as a reload of the first. Thread-safe.
 *
 * @param size         articles in one pass, repeats included
 * @param article      article {@code i} of the pass
 * @param description  what the input is, for the report
 * @param personParams names the articles mention, for the {@code person} query parameter: each is timed
 */
public record BenchInput(int size, IntFunction<SourceDocument> article, String description,
                         List<String> personParams) {

    /** The articles of files and directories, read now. */
    public static BenchInput files(List<String> inputs, int repeat) {
        return files(inputs, repeat, 0, 0, List.of("Xi"));
    }

    /**
     * The articles of files and directories, read now, or a random sample of them.
     *
     * @param sample  how many articles to draw ({@link Sample}); 0 for all of them
     * @param seed    the seed of the draw
     * @param persons values of the {@code person} query parameter, each timed
     */
    public static BenchInput files(List<String> inputs, int repeat, int sample, long seed, List<String> persons) {
        Sample drawn = new Sample(sample > 0 ? sample : Integer.MAX_VALUE, seed);
        new ArticleSource().read(inputs, drawn::offer, p -> { });
        List<SourceDocument> docs = drawn.articles();
        if (docs.isEmpty()) {
            throw new DmkgException(DmkgException.INPUT_UNREADABLE, "no article found in " + String.join(" ", inputs));
        }
        int n = docs.size();
        String what = sample > 0 ? n + " articles drawn at random (seed " + seed + ") from the " + drawn.seen() + " of "
                : n + " articles from ";
        return new BenchInput(Math.multiplyExact(n, repeat), i -> copy(docs.get(i % n), i / n),
                what + String.join(" ", inputs) + (repeat > 1 ? " x " + repeat : ""), List.copyOf(persons));
    }

    /** {@code count} synthetic articles of the given seed, repeated. */
    public static BenchInput synthetic(int count, long seed, int repeat) {
        SyntheticArticles gen = new SyntheticArticles(Dmkg.shared().reference().entries(), seed);
        return new BenchInput(Math.multiplyExact(count, repeat), i -> copy(gen.article(i % count), i / count),
                count + " synthetic articles (seed " + seed + ")" + (repeat > 1 ? " x " + repeat : ""),
                List.of(gen.typicalPerson(), gen.frequentPerson()));
    }

    /** Copy {@code k} of an article: the article itself for 0, else the same text under another URL. */
    static SourceDocument copy(SourceDocument d, int k) {
        if (k == 0) {
            return d;
        }
        String url = d.url() != null ? d.url() + "#copy-" + k : "urn:dmkg:bench:copy-" + k + ":" + d.origin();
        return new SourceDocument(d.origin() + " (copy " + k + ")", url, d.headline(), d.published(), d.dateline(),
                d.publisher(), d.text());
    }
}
