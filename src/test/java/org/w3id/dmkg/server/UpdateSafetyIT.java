package org.w3id.dmkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.dmkg.server.DmkgServerIT.http;
import static org.w3id.dmkg.server.DmkgServerIT.post;
import static org.w3id.dmkg.server.DmkgServerIT.query;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dmkg.store.DmkgStore;

/** What {@code --allow-update} opens, and no more: a server on port 0 with updates allowed. */
class UpdateSafetyIT {
    static final String TRIPLE = "<urn:x:s> <urn:x:p> <urn:x:o> .";
    static final String INSERT = "INSERT DATA { GRAPH <urn:x:g> { " + TRIPLE + " } }";

    @TempDir
    static Path dir;
    static DmkgStore store;
    static DmkgServer server;
    static LocalWebServer web;

    @BeforeAll
    static void start() throws Exception {
        store = DmkgStore.inMemory();
        server = DmkgServer.start(store, ServerSettings.defaults().withPort(0).withAllowUpdate(true));
        web = new LocalWebServer().serve("/data.ttl", 200, "text/turtle", TRIPLE);
    }

    @AfterAll
    static void stop() {
        web.close();
        server.stop();
        store.close();
    }

    static boolean holds(String triple) throws Exception {
        HttpResponse<String> ask = query(server, "ASK { GRAPH ?g { " + triple + " } }", "application/sparql-results+json");
        assertEquals(200, ask.statusCode(), ask.body());
        return ask.body().contains("true");
    }

    @Test
    void loadOfLocalFilesAndPrivateAddressesIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("data.ttl"), TRIPLE);
        List<String> sources = List.of(file.toUri().toString(), "file:/etc/hostname", web.url("/data.ttl"),
                "http://localhost:" + web.port() + "/data.ttl", "http://[::1]:" + web.port() + "/data.ttl",
                "http://0.0.0.0:" + web.port() + "/data.ttl", "http://169.254.169.254/latest/meta-data/",
                "http://10.1.2.3/data.ttl", "http://192.168.1.1/data.ttl", "ftp://127.0.0.1/data.ttl");
        for (String source : sources) {
            for (String load : List.of("LOAD <" + source + ">", "LOAD SILENT <" + source + "> INTO GRAPH <urn:x:g>",
                    INSERT + " ; LOAD <" + source + ">")) {
                HttpResponse<String> r = post(server, "/dmkg/update", "application/sparql-update", load);
                assertEquals(400, r.statusCode(), load + "\n" + r.body());
                assertTrue(r.body().contains("LOAD <" + source + ">"), r.body());
            }
        }
        assertEquals(0, web.requests(), "the server made no request");
        assertFalse(holds(TRIPLE), "nothing was added, not even by the INSERT before the LOAD");
    }

    /** A web page whose host name was rebound to 127.0.0.1 sends its own name as Host. */
    @Test
    void aLoopbackServerTakesUpdatesOnlyForLoopbackHostNames() throws Exception {
        String rebound = INSERT.replace("urn:x:s", "urn:x:rebound");
        assertTrue(raw("evil.example:" + server.port(), rebound).startsWith("HTTP/1.1 403"));
        assertFalse(holds("<urn:x:rebound> ?p ?o"));
        assertTrue(raw("localhost:" + server.port(), INSERT.replace("urn:x:s", "urn:x:local")).startsWith("HTTP/1.1 204"));
        assertTrue(holds("<urn:x:local> ?p ?o"));
    }

    /** The status line of an update posted with {@code host} as its Host header (which the JDK's client will not send). */
    static String raw(String host, String update) throws Exception {
        byte[] body = update.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /dmkg/update HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/sparql-update\r\n"
                    + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        }
    }

    @Test
    void updatesMustBeSentAsSparqlUpdate() throws Exception {
        String form = "update=" + URLEncoder.encode(INSERT.replace("urn:x:s", "urn:x:form"), StandardCharsets.UTF_8);
        assertEquals(415, post(server, "/dmkg/update", "application/x-www-form-urlencoded", form).statusCode());
        assertEquals(415, post(server, "/dmkg/update", "text/plain", INSERT.replace("urn:x:s", "urn:x:text")).statusCode());
        for (String path : List.of("/dmkg", "/dmkg/sparql")) {
            int status = post(server, path, "application/x-www-form-urlencoded", form).statusCode();
            assertTrue(status >= 400 && status < 500, path + " " + status);
        }
        HttpResponse<String> untyped = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/dmkg/update"))
                .POST(HttpRequest.BodyPublishers.ofString(INSERT.replace("urn:x:s", "urn:x:none"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(415, untyped.statusCode(), untyped.body());
        for (String s : List.of("form", "text", "none")) {
            assertFalse(holds("<urn:x:" + s + "> ?p ?o"), s);
        }
        HttpResponse<String> ok = post(server, "/dmkg/update", "application/sparql-update; charset=utf-8",
                INSERT.replace("urn:x:s", "urn:x:typed"));
        assertEquals(204, ok.statusCode(), ok.body());
        assertTrue(holds("<urn:x:typed> ?p ?o"));
    }
}
