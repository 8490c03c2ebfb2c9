package org.w3id.dmkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.w3id.dmkg.DmkgException;
import org.w3id.dmkg.store.DmkgStore;
import org.w3id.dmkg.store.Format;
import org.w3id.dmkg.store.NamedQueries;
import org.w3id.dmkg.store.QueryRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dmkg demo}: loads the sample articles into the store and shows the headline queries' answers. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Load data/articles into the store and print what was found and the headline queries.")
final class DemoCommand implements Callable<Integer> {
    private static final List<String> HEADLINE = List.of("meetings", "office-holders", "anniversaries", "met-with");

    @Spec
    CommandSpec spec;
    @Mixin
    CommonOptions common;
    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        Path dir = home().resolve("data/articles");
        if (!Files.isDirectory(dir)) {
            throw new DmkgException(DmkgException.INPUT_UNREADABLE, dir + ": sample articles not found");
        }
        var out = spec.commandLine().getOut();
        ArticleOptions articles = new ArticleOptions();
        articles.inputs = List.of(dir.toString());
        var err = spec.commandLine().getErr();
        try (DmkgStore s = DmkgStore.openForLoad(store.loc, w -> err.println("dmkg: warning: " + w))) {
            LoadCommand.Result r = LoadCommand.load(s, articles, DmkgStore.DEFAULT_BATCH, true, err);
            out.println("Loaded " + dir + " into " + store.loc);
            out.println(r.describe());
            NamedQueries named = new NamedQueries();
            QueryRunner runner = new QueryRunner(s);
            for (String q : HEADLINE) {
                out.println();
                out.println("== " + q + ": " + named.info(q).title());
                out.flush();
                runner.run(named.load(q), Map.of(), Format.TABLE, System.out);
                System.out.flush();
            }
            return r.summary().exitCode();
        }
    }

    /** The project directory: {@code DMKG_HOME} (set by the launcher), else the working directory. */
    private static Path home() {
        String h = System.getenv("DMKG_HOME");
        return Path.of(h == null || h.isBlank() ? "." : h);
    }
}
