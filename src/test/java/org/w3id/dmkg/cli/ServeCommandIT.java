package org.w3id.dmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dmkg.store.DmkgStore;
import picocli.CommandLine;

/** {@code dmkg serve} failing fast; a running server blocks until a signal, so that path is in DmkgServerIT. */
class ServeCommandIT {
    @TempDir
    Path dir;

    private int run(StringWriter err, String... args) {
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void badOptionsAreUsageErrors() {
        String loc = dir.resolve("db").toString();
        assertEquals(2, run(new StringWriter(), "serve", "--loc", loc, "--port", "70000"));
        assertEquals(2, run(new StringWriter(), "serve", "--loc", loc, "--timeout", "0"));
        assertEquals(2, run(new StringWriter(), "serve", "--loc", loc, "--max-rows", "-5"));
        assertEquals(2, run(new StringWriter(), "serve", "--loc", loc, "--max-request-bytes", "0"));
    }

    @Test
    void malformedEndpointsAndOriginsAreUsageErrors() {
        String loc = dir.resolve("db").toString();
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "serve", "--loc", loc, "--allow-service", "file:///etc/passwd"));
        assertTrue(err.toString().startsWith("dmkg: not an http(s) endpoint URL: file:///etc/passwd"), err.toString());
        err = new StringWriter();
        assertEquals(2, run(err, "serve", "--loc", loc, "--cors-origin", "https://app.example/path"));
        assertTrue(err.toString().startsWith("dmkg: not a web origin"), err.toString());
    }

    @Test
    void aPortInUseFailsAndReleasesTheStore() throws Exception {
        Path loc = dir.resolve("db");
        DmkgStore.open(loc).close(); // serve opens only an existing store
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            StringWriter err = new StringWriter();
            int code = run(err, "serve", "--loc", loc.toString(), "--port", Integer.toString(taken.getLocalPort()));
            assertEquals(1, code, err.toString());
            assertTrue(err.toString().startsWith("dmkg: serve: cannot listen on 127.0.0.1:"), err.toString());
            assertEquals(1, err.toString().lines().count(), err.toString());
        }
        DmkgStore.open(loc).close();
    }
}
