package org.w3id.dmkg.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.w3id.dmkg.DmkgException;

/**
 * The file that marks a store whose first load runs through TDB2's bulk loader, which is not
 * crash-safe: it is written and synced to disk before the bulk loader starts and deleted only after the
 * loader finished and synced its data. A store holding it was left by a first load that died, or is
 * being loaded now; the loading process holds a lock on the file, which the operating system releases
 * when the process ends, however it ends. Not thread-safe.
 */
final class FirstLoadMarker implements AutoCloseable {
    /** The marker's name in the store directory. */
    static final String NAME = "dmkg-first-load.incomplete";
    /** What {@link #claim} gives when the marker was deleted before it could be opened: that load finished. */
    static final FirstLoadMarker GONE = new FirstLoadMarker(null, null);

    private final Path file;
    private final FileChannel channel;

    private FirstLoadMarker(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    static boolean present(Path loc) {
        return Files.exists(loc.resolve(NAME));
    }

    /** The error for a store that another process is loading for the first time. */
    static DmkgException loading(Path loc) {
        return StoreLocations.error(loc, "locked by another process (a first load is running)");
    }

    /** Writes the marker into {@code loc}, syncs it and its directory, and locks it. */
    static FirstLoadMarker write(Path loc) {
        Path file = loc.resolve(NAME);
        FirstLoadMarker marker;
        try {
            marker = lock(file, FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE));
        } catch (IOException e) {
            throw StoreLocations.error(loc, "cannot write " + NAME + " (" + e.getMessage() + ")");
        }
        if (marker == null) {
            throw loading(loc);
        }
        try {
            marker.channel.truncate(0);
            marker.channel.write(ByteBuffer.wrap(("A first load of this store through the bulk loader is running, or "
                    + "was interrupted. Run dmkg load again to redo it.\n").getBytes(StandardCharsets.UTF_8)));
            marker.channel.force(true);
            syncDirectory(loc);
            return marker;
        } catch (IOException e) {
            // not written, so the bulk loader never started: the store is as it was (a full file system, say)
            marker.remove();
            throw WriteFailures.of(loc, e, "no article was stored");
        }
    }

    /**
     * Takes the lock of the marker present in {@code loc}, to reset the store it marks.
     *
     * @return the marker; null when another process (or this one) holds it: that first load is running;
     *         {@link #GONE} when it was deleted meanwhile: that first load finished
     */
    static FirstLoadMarker claim(Path loc) {
        Path file = loc.resolve(NAME);
        try {
            FirstLoadMarker marker = lock(file, FileChannel.open(file, StandardOpenOption.WRITE));
            if (marker != null && !Files.exists(file)) {
                // opened just before the load that held it deleted it, then released it: that load finished
                marker.close();
                return GONE;
            }
            return marker;
        } catch (NoSuchFileException e) {
            return GONE;
        } catch (IOException e) {
            throw StoreLocations.error(loc, "cannot open " + NAME + " (" + e.getMessage() + ")");
        }
    }

    /** True when another process, or another part of this one, holds the lock of {@code loc}'s marker. */
    static boolean inUse(Path loc) {
        FirstLoadMarker m = claim(loc);
        if (m == null) {
            return true;
        }
        m.close();
        return false;
    }

    /** Deletes the marker and syncs the directory, then releases the lock: the store is complete. */
    void remove() {
        try {
            Files.deleteIfExists(file);
            syncDirectory(file.getParent());
        } catch (IOException e) {
            throw StoreLocations.error(file.getParent(), "cannot delete " + NAME + " (" + e.getMessage() + ")");
        } finally {
            close();
        }
    }

    /** Releases the lock and leaves the file. */
    @Override
    public void close() {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            // the lock goes with the channel, or with the process
        }
    }

    private static FirstLoadMarker lock(Path file, FileChannel ch) throws IOException {
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            ch.close();
            return null;
        }
        return new FirstLoadMarker(file, ch);
    }

    /** Makes a file's creation or deletion durable; some file systems cannot, and need not. */
    static void syncDirectory(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException e) {
            // not supported here: the file's own sync is what there is
        }
    }
}
