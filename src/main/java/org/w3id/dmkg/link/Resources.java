package org.w3id.dmkg.link;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.w3id.dmkg.DmkgException;

/** Reads the linker's SPARQL templates from the classpath. Stateless. */
final class Resources {
    private Resources() {
    }

    /** The text of {@code org/w3id/dmkg/link/NAME}; a missing file is a packaging error. */
    static String text(String name) {
        String path = "org/w3id/dmkg/link/" + name;
        try (InputStream in = Resources.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new DmkgException(DmkgException.FAILURE, path + ": not found on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DmkgException(DmkgException.FAILURE, path + ": " + e.getMessage(), e);
        }
    }
}
