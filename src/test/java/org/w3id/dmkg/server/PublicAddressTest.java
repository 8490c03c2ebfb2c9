package org.w3id.dmkg.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Which addresses the server may fetch for a client; literal addresses only, no name is resolved. */
class PublicAddressTest {
    @Test
    void privateAndSpecialAddressesAreNotPublic() throws Exception {
        for (String a : List.of("127.0.0.1", "127.8.9.10", "0.0.0.0", "10.0.0.1", "172.16.0.1", "172.31.255.255",
                "192.168.1.1", "169.254.169.254", "100.64.0.1", "192.0.0.8", "198.18.0.1", "224.0.0.1",
                "255.255.255.255", "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "::ffff:127.0.0.1",
                "::ffff:10.0.0.1", "::127.0.0.1", "64:ff9b::a9fe:a9fe", "ff02::1")) {
            assertFalse(PublicAddress.isPublic(InetAddress.getByName(a)), a);
        }
    }

    @Test
    void publicAddressesArePublic() throws Exception {
        for (String a : List.of("8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700::1111", "64:ff9b::808:808")) {
            assertTrue(PublicAddress.isPublic(InetAddress.getByName(a)), a);
        }
    }

    @Test
    void onlyHttpUrlsOfPublicHostsPass() {
        for (String url : List.of("file:///etc/passwd", "file:/etc/hostname", "jar:file:/x.jar!/a.ttl", "ftp://8.8.8.8/a",
                "http://127.0.0.1/a", "http://[::1]/a", "http://10.0.0.1:8080/a", "relative.ttl", "http:///a")) {
            assertThrows(Refusal.class, () -> PublicAddress.check("LOAD", url), url);
        }
        PublicAddress.check("LOAD", "http://8.8.8.8/data.ttl");
    }
}
