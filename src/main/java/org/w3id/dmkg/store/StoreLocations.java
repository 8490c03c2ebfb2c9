package org.w3id.dmkg.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

import org.apache.jena.dboe.DBOpEnvException;
import org.w3id.dmkg.DmkgException;

/** Checks a store location before TDB2 opens it and turns TDB2's failures into one-line errors. */
final class StoreLocations {
    /** The lock file TDB2 keeps in a database directory. */
    static final String LOCK_FILE = "tdb.lock";

    private StoreLocations() {
    }

    /**
     * Refuses locations TDB2 would fail on, or would quietly write into, with a clear message. The kind of
     * {@code loc} is read once: another process may create the directory while this one looks at it.
     */
    static void check(Path loc) {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(loc, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            attrs = null;
        } catch (IOException e) {
            if (Files.exists(loc)) {
                throw error(loc, "cannot be read (" + firstLine(String.valueOf(e.getMessage())) + ")");
            }
            attrs = null; // not there, or below a file ("file/db"): said below, as for a missing location
        }
        if (attrs != null && attrs.isRegularFile()) {
            throw error(loc, "is a file, not a directory");
        }
        if (attrs != null && attrs.isDirectory()) {
            if (!Files.isWritable(loc)) {
                throw error(loc, "directory is not writable");
            }
            if (!isEmpty(loc) && !looksLikeTdb2(loc)) {
                throw error(loc, "not a TDB2 database (the directory is not empty)");
            }
            return;
        }
        if (attrs != null) {
            throw error(loc, "not a directory");
        }
        Path parent = loc.toAbsolutePath().getParent();
        while (parent != null && !Files.exists(parent)) {
            parent = parent.getParent();
        }
        if (parent == null || !Files.isDirectory(parent) || !Files.isWritable(parent)) {
            throw error(loc, "cannot be created (parent directory is missing or not writable)");
        }
    }

    /**
     * Translates an exception raised while TDB2 opened {@code loc}. Whatever the exception, when another
     * process holds the store's lock file, that is the reason: TDB2 fails in several ways when it loses
     * the race for a new store (reading the winner's process id before the winner wrote it, say).
     */
    static DmkgException unavailable(Path loc, RuntimeException e) {
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String space = WriteFailures.spaceReason(e);
        boolean lockMessage = e instanceof DBOpEnvException && msg.toLowerCase().contains("lock");
        if (e instanceof OverlappingFileLockException || lockHeldByOther(loc.resolve(LOCK_FILE))
                || lockMessage && space == null) {
            String detail = lockMessage && msg.contains("held by process") ? " (" + firstLine(msg) + ")" : "";
            return new DmkgException(DmkgException.STORE_UNAVAILABLE,
                    "store " + loc + ": locked by another process" + detail, e);
        }
        String reason = space != null ? space : WriteFailures.reason(loc, e);
        return new DmkgException(DmkgException.STORE_UNAVAILABLE, "store " + loc + ": "
                + (reason != null ? reason : firstLine(msg)), e);
    }

    /**
     * Whether a process holds {@code lockFile} locked (this one too, when it has the store open); TDB2
     * locks its lock file with the operating system's file lock, which goes with the process however it
     * ends.
     */
    static boolean lockHeld(Path lockFile) {
        return lockHolder(lockFile) != null;
    }

    /** Whether another process holds {@code lockFile} locked. */
    static boolean lockHeldByOther(Path lockFile) {
        return Boolean.TRUE.equals(lockHolder(lockFile));
    }

    /** Who holds the lock: null nobody, true another process, false this one. */
    private static Boolean lockHolder(Path lockFile) {
        if (!Files.exists(lockFile)) {
            return null;
        }
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            return ch.tryLock() == null ? Boolean.TRUE : null;
        } catch (OverlappingFileLockException e) {
            return Boolean.FALSE;
        } catch (IOException e) {
            return null;
        }
    }

    static DmkgException error(Path loc, String why) {
        return new DmkgException(DmkgException.STORE_UNAVAILABLE, "store " + loc + ": " + why);
    }

    /**
     * A TDB2 database directory holds its lock file and {@code Data-NNNN} generations, or, when a reset
     * after an interrupted first load was itself interrupted, only the {@link FirstLoadMarker}.
     */
    private static boolean looksLikeTdb2(Path dir) {
        if (Files.exists(dir.resolve(LOCK_FILE)) || FirstLoadMarker.present(dir)) {
            return true;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "Data-[0-9][0-9][0-9][0-9]")) {
            return ds.iterator().hasNext();
        } catch (IOException e) {
            throw error(dir, "cannot be read (" + firstLine(String.valueOf(e.getMessage())) + ")");
        }
    }

    private static boolean isEmpty(Path dir) {
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            return !ds.iterator().hasNext();
        } catch (IOException e) {
            throw error(dir, "cannot be read (" + firstLine(String.valueOf(e.getMessage())) + ")");
        }
    }

    static String firstLine(String s) {
        String t = s.strip();
        int nl = t.indexOf('\n');
        return (nl < 0 ? t : t.substring(0, nl)).strip();
    }
}
