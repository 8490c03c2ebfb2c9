package org.w3id.dmkg.store;

import java.nio.file.Path;

/** Run in a separate JVM by {@link StoreLockTest}: opens the store given as argument and holds it until stdin closes. */
public final class LockHolder {
    private LockHolder() {
    }

    @SuppressWarnings("try") // the store is held open, not used
    public static void main(String[] args) throws Exception {
        try (DmkgStore store = DmkgStore.open(Path.of(args[0]))) {
            System.out.println("ready");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close our stdin
            }
        }
    }
}
