package org.w3id.dmkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dmkg.DmkgException;

/** A store held by another process cannot be opened, and the error says so in one line. */
class StoreLockTest {
    @TempDir
    Path tmp;

    @Test
    void storeLockedByAnotherProcessIsUnavailable() throws Exception {
        Path loc = tmp.resolve("db");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LockHolder.class.getName(), loc.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.equals("ready"));
            assertEquals("ready", line, "the other process opened the store");
            DmkgException e = assertThrows(DmkgException.class, () -> DmkgStore.open(loc));
            assertEquals(DmkgException.STORE_UNAVAILABLE, e.exitCode());
            assertTrue(e.getMessage().startsWith("store " + loc + ": locked by another process"), e.getMessage());
            DmkgStoreTest.assertOneLine(e.getMessage());
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(10, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
    }
}
