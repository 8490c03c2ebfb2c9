package org.w3id.dmkg.server;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Whether a URL may be fetched on a client's behalf: http or https, to a host whose every address
 * is public. Refused: other schemes ({@code file:} above all), loopback, private (RFC 1918, IPv6
 * unique local), link-local (cloud metadata services among them), shared (100.64/10), unspecified,
 * multicast and reserved addresses. Stateless; resolving a host name blocks.
 */
final class PublicAddress {
    private PublicAddress() {
    }

    /**
     * The URL as a URI, when it may be fetched.
     *
     * @param what names the request in the message, say {@code "LOAD"}
     * @throws Refusal when it may not; the message says why
     */
    static URI check(String what, String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new Refusal(what + " <" + url + ">: not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new Refusal(what + " <" + url + ">: only http and https URLs may be loaded");
        }
        if (uri.getHost() == null) {
            throw new Refusal(what + " <" + url + ">: no host");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw new Refusal(what + " <" + url + ">: unknown host " + uri.getHost());
        }
        for (InetAddress a : addresses) {
            if (!isPublic(a)) {
                throw new Refusal(what + " <" + url + ">: " + uri.getHost()
                        + " is a loopback, private or link-local address, which the server does not fetch");
            }
        }
        return uri;
    }

    static boolean isPublic(InetAddress a) {
        if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            return isPublic4(b[0] & 0xff, b[1] & 0xff, b[2] & 0xff);
        }
        if (a instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return false; // fc00::/7, unique local
            }
            boolean mapped = isZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
            boolean compatible = isZero(b, 0, 12);
            boolean nat64 = b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && isZero(b, 4, 12);
            if (mapped || compatible || nat64) {
                // these reach the IPv4 address in their last four bytes
                return isPublic4(b[12] & 0xff, b[13] & 0xff, b[14] & 0xff);
            }
        }
        return true;
    }

    private static boolean isPublic4(int b0, int b1, int b2) {
        return b0 != 0 && b0 != 10 && b0 != 127 && b0 < 224 // this network, private, loopback; multicast and reserved
                && !(b0 == 100 && (b1 & 0xc0) == 64) // shared address space
                && !(b0 == 169 && b1 == 254) // link-local
                && !(b0 == 172 && (b1 & 0xf0) == 16) && !(b0 == 192 && b1 == 168) // private
                && !(b0 == 192 && b1 == 0 && b2 == 0) // IETF protocol assignments
                && !(b0 == 198 && (b1 & 0xfe) == 18); // benchmarking
    }

    private static boolean isZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
