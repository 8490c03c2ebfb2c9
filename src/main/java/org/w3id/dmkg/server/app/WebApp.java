package org.w3id.dmkg.server.app;

import java.util.List;

import jakarta.servlet.http.HttpServlet;
import org.w3id.dmkg.server.ServerSettings;
import org.w3id.dmkg.store.DmkgStore;

/**
 * The web app for people who read the graph rather than query it, served by {@code dmkg serve}
 * beside the SPARQL endpoint: its pages ({@link PageServlet}, mounted at {@code /}) and their data
 * ({@link ApiServlet}, at {@code /api/*}), read from the store through the named queries, with the
 * server's timeout and row limit.
 */
public final class WebApp {
    /** Where the data servlet is mounted. */
    public static final String API_PATH = "/api/*";
    /** Where the page servlet is mounted: the root ({@code ""}), the pages and their files. */
    public static final List<String> PAGE_PATHS = List.of("", "/person/*", "/meeting/*", "/country/*",
            "/organization/*", "/network", "/anniversaries", "/sparql", "/static/*");

    private final ApiServlet api;
    private final PageServlet pages = new PageServlet();
    private Thread preparing;

    public WebApp(DmkgStore store, ServerSettings settings) {
        this.api = new ApiServlet(new AppQueries(store, settings), !settings.allowUpdate());
    }

    /** The servlet of the pages' data. */
    public HttpServlet api() {
        return api;
    }

    /**
     * Starts computing the home page's answers about the whole store (its figures, its latest meetings) in the
     * background, so that they are ready, or on their way, when the first visitor asks: on a large store they
     * take seconds. A failure is left for that request to meet again. Returns at once.
     */
    public synchronized void prepare() {
        preparing = new Thread(api::prepareHome, "dmkg-home-answers");
        preparing.setDaemon(true);
        preparing.start();
    }

    /**
     * Waits until the answers {@link #prepare} started are computed or have failed, so that the store can be
     * closed: its read transaction is over. Returns at once when nothing was started.
     */
    public void awaitPrepared() {
        Thread t;
        synchronized (this) {
            t = preparing;
        }
        if (t == null) {
            return;
        }
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The servlet of the pages and their files, one for all of {@link #PAGE_PATHS}. */
    public HttpServlet pages() {
        return pages;
    }
}
