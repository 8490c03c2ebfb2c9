package org.w3id.dmkg.cli;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Run in a separate JVM by {@link RacingLoadsIT}: creates the file given as argument, empty, and holds the
 * operating system's lock on it until stdin closes, as a {@code dmkg load} that has just taken a new
 * store's TDB2 lock does before it writes its process id into the file.
 */
public final class LockFileHolder {
    private LockFileHolder() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Files.createDirectories(file.getParent());
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = ch.lock()) {
            System.out.println(lock.isValid() ? "ready" : "no lock");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close our stdin
            }
        }
    }
}
