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
 * made on demand (so a run of 100,000 holds none of them), either repeated {@code repeat} times.
 * Thread-safe.
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
        List<SourceDocument> docs = new ArrayList<>();
        new ArticleSource().read(inputs, docs::add, p -> { });
        if (docs.isEmpty()) {
            throw new DmkgException(DmkgException.INPUT_UNREADABLE, "no article found in " + String.join(" ", inputs));
        }
        int n = docs.size();
        return new BenchInput(Math.multiplyExact(n, repeat), i -> docs.get(i % n),
                n + " articles from " + String.join(" ", inputs) + (repeat > 1 ? " x " + repeat : ""), List.of("Xi"));
    }

    /** {@code count} synthetic articles of the given seed, repeated. */
    public static BenchInput synthetic(int count, long seed, int repeat) {
        SyntheticArticles gen = new SyntheticArticles(Dmkg.shared().reference().entries(), seed);
        return new BenchInput(Math.multiplyExact(count, repeat), i -> gen.article(i % count),
                count + " synthetic articles (seed " + seed + ")" + (repeat > 1 ? " x " + repeat : ""),
                List.of(gen.typicalPerson(), gen.frequentPerson()));
    }
}
