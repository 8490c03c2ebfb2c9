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
    private volatile boolean stopping;

    /** The app over {@code store}; it keeps the pages of the busiest people ({@link BusyPeople#DEFAULT}). */
    public WebApp(DmkgStore store, ServerSettings settings) {
        this(store, settings, BusyPeople.DEFAULT);
    }

    /** The app over {@code store}, keeping the pages of the people {@code busy} chooses. */
    WebApp(DmkgStore store, ServerSettings settings, BusyPeople busy) {
        this.api = new ApiServlet(new AppQueries(store, settings), !settings.allowUpdate(), busy);
    }

    /** The servlet of the pages' data. */
    public HttpServlet api() {
        return api;
    }

    /**
     * Starts computing, in the background, the answers that take longest so that they are ready, or on their
     * way, when the first visitor asks: the home page's answers about the whole store (seconds on a large
     * store), then the pages of the people in the most meetings ({@link BusyPeople}). A failure is left for a
     * request to meet again. Returns at once.
     */
    public synchronized void prepare() {
        preparing = new Thread(() -> api.prepare(() -> stopping), "dmkg-page-answers");
        preparing.setDaemon(true);
        preparing.start();
    }

    /**
     * Stops the computation {@link #prepare} started after the page it is computing and waits for it, so that
     * the store can be closed: its read transactions are over. Returns at once when nothing was started.
     */
    public void stopPreparing() {
        Thread t;
        synchronized (this) {
            t = preparing;
        }
        if (t == null) {
            return;
        }
        stopping = true;
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
