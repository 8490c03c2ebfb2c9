package org.w3id.dmkg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.w3id.dmkg.DmkgException;

/**
 * The named SPARQL queries: {@code NAME.rq} files in {@code org/w3id/dmkg/queries/} on the
 * classpath, and, when given, in an override directory whose files take precedence.
 * Immutable and thread-safe.
 */
public final class NamedQueries {
    /** Classpath folder of the shipped queries. */
    public static final String RESOURCE_DIR = "org/w3id/dmkg/queries/";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Pattern AT = Pattern.compile("\\s*at line (\\d+), column (\\d+)\\.?");

    private final Path overrideDir;

    /** The queries shipped on the classpath. */
    public NamedQueries() {
        this(null);
    }

    /** The shipped queries, plus those of {@code overrideDir} (may be null), which win on a name clash. */
    public NamedQueries(Path overrideDir) {
        this.overrideDir = overrideDir;
    }

    /** The names of all known queries, sorted. */
    public List<String> names() {
        TreeSet<String> names = new TreeSet<>();
        try {
            URL url = NamedQueries.class.getClassLoader().getResource(RESOURCE_DIR);
            if (url != null && "jar".equals(url.getProtocol())) {
                Enumeration<JarEntry> entries = ((JarURLConnection) url.openConnection()).getJarFile().entries();
                while (entries.hasMoreElements()) {
                    String e = entries.nextElement().getName();
                    if (e.startsWith(RESOURCE_DIR) && e.indexOf('/', RESOURCE_DIR.length()) < 0) {
                        addName(names, e.substring(RESOURCE_DIR.length()));
                    }
                }
            } else if (url != null && "file".equals(url.getProtocol())) {
                addNames(names, Path.of(url.toURI()));
            }
            if (overrideDir != null && Files.isDirectory(overrideDir)) {
                addNames(names, overrideDir);
            }
        } catch (IOException | URISyntaxException e) {
            throw new DmkgException(DmkgException.FAILURE, "queries: cannot list (" + e.getMessage() + ")", e);
        }
        return List.copyOf(names);
    }

    /** The text of query {@code name}; {@link DmkgException#USAGE} for a bad or unknown name. */
    public String text(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new DmkgException(DmkgException.USAGE,
                    "query " + name + ": a query name has only letters, digits, '-' and '_'");
        }
        try {
            if (overrideDir != null && Files.isRegularFile(overrideDir.resolve(name + ".rq"))) {
                return Files.readString(overrideDir.resolve(name + ".rq"), StandardCharsets.UTF_8);
            }
            try (InputStream in = NamedQueries.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + name + ".rq")) {
                if (in == null) {
                    throw new DmkgException(DmkgException.USAGE,
                            "query " + name + ": no such query (known: " + String.join(", ", names()) + ")");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new DmkgException(DmkgException.INPUT_UNREADABLE, "query " + name + ": " + e.getMessage(), e);
        }
    }

    /** The header of query {@code name}. */
    public QueryInfo info(String name) {
        return QueryInfo.parse(name, text(name));
    }

    /** Query {@code name}, parsed; {@link DmkgException#INVALID_DATA} when it is not valid SPARQL. */
    public Query load(String name) {
        return parse(name, text(name));
    }

    /** Parses SPARQL text, reporting a syntax error as {@code query NAME: line L, column C: message}. */
    public static Query parse(String name, String text) {
        try {
            return QueryFactory.create(text);
        } catch (QueryParseException e) {
            // JavaCC's message names the offending token's position; getLine() may be the token before
            String msg = StoreLocations.firstLine(String.valueOf(e.getMessage()))
                    .replaceFirst("^Line -?\\d+, column -?\\d+:\\s*", "");
            int line = e.getLine();
            int column = e.getColumn();
            Matcher at = AT.matcher(msg);
            if (at.find()) {
                line = Integer.parseInt(at.group(1));
                column = Integer.parseInt(at.group(2));
                msg = (msg.substring(0, at.start()) + msg.substring(at.end())).replaceAll("\\s+", " ").strip()
                        .replaceFirst("^Lexical error Encountered:", "Lexical error, encountered");
            }
            throw new DmkgException(DmkgException.INVALID_DATA,
                    "query " + name + ": line " + line + ", column " + column + ": " + msg, e);
        }
    }

    private static void addNames(TreeSet<String> names, Path dir) throws IOException {
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.rq")) {
            ds.forEach(p -> addName(names, p.getFileName().toString()));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void addName(TreeSet<String> names, String file) {
        if (file.endsWith(".rq") && NAME.matcher(file.substring(0, file.length() - 3)).matches()) {
            names.add(file.substring(0, file.length() - 3));
        }
    }
}
