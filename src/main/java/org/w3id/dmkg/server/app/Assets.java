package org.w3id.dmkg.server.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files the web app's pages load, all from the classpath, none from another site: the page, its
 * script and style, and the chart library (the ECharts WebJar). Only these names are served. Each
 * file is read once. Thread-safe.
 */
final class Assets {
    /** The web app's own files. */
    static final String DIR = "org/w3id/dmkg/app/";
    /** Apache ECharts, from its WebJar: charts and the network. */
    static final String ECHARTS = "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";

    /** A file: its classpath resource and content type. */
    record Asset(String resource, String type) {
    }

    private static final Map<String, Asset> FILES = Map.of(
            "app.js", new Asset(DIR + "app.js", "text/javascript; charset=utf-8"),
            "app.css", new Asset(DIR + "app.css", "text/css; charset=utf-8"),
            "echarts.min.js", new Asset(ECHARTS, "text/javascript; charset=utf-8"),
            "echarts-LICENSE.txt", new Asset("META-INF/resources/webjars/echarts/5.3.1/LICENSE", "text/plain; charset=utf-8"));

    private final Map<String, byte[]> read = new ConcurrentHashMap<>();

    /** The asset of that name, null when there is none. */
    Asset asset(String name) {
        return FILES.get(name);
    }

    /** The bytes of {@code asset}. */
    byte[] bytes(Asset asset) {
        return read.computeIfAbsent(asset.resource(), Assets::load);
    }

    /** The page every route of the app starts from. */
    byte[] page() {
        return read.computeIfAbsent(DIR + "index.html", Assets::load);
    }

    static byte[] load(String resource) {
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("web app file missing from the classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
