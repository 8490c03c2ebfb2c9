package org.w3id.dmkg.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.w3id.dmkg.DmkgException;

/**
 * What opening a store does about a first load that died in TDB2's bulk loader (a {@link FirstLoadMarker}
 * in the directory): such a store may hold indexes that disagree, so it is not read. Before that load the
 * store held no article, only reference data a load writes again, so a load empties it and starts over.
 */
final class InterruptedLoad {
    private InterruptedLoad() {
    }

    /**
     * Refuses a store that a first load left incomplete, or that a first load is writing now.
     *
     * @throws DmkgException {@link DmkgException#STORE_UNAVAILABLE}
     */
    static void refuse(Path loc) {
        if (!FirstLoadMarker.present(loc)) {
            return;
        }
        if (FirstLoadMarker.inUse(loc)) {
            throw FirstLoadMarker.loading(loc);
        }
        if (!FirstLoadMarker.present(loc)) {
            return; // deleted meanwhile: the first load that was running finished
        }
        throw StoreLocations.error(loc, "an interrupted first load left it incomplete; run dmkg load again");
    }

    /**
     * Empties a store that a first load left incomplete: deletes TDB2's data generations and lock file,
     * syncs, then deletes the marker. Anything else in the directory is left alone.
     *
     * @return whether there was such a store to empty
     * @throws DmkgException {@link DmkgException#STORE_UNAVAILABLE} when another process holds the store
     */
    static boolean reset(Path loc) {
        if (!FirstLoadMarker.present(loc)) {
            return false;
        }
        FirstLoadMarker marker = FirstLoadMarker.claim(loc);
        if (marker == null) {
            throw FirstLoadMarker.loading(loc);
        }
        if (marker == FirstLoadMarker.GONE) {
            return false; // the first load that was running finished meanwhile
        }
        try {
            Path lockFile = loc.resolve(StoreLocations.LOCK_FILE);
            if (StoreLocations.lockHeld(lockFile)) {
                throw StoreLocations.error(loc, "locked by another process");
            }
            try (DirectoryStream<Path> data = Files.newDirectoryStream(loc, "Data-[0-9][0-9][0-9][0-9]")) {
                for (Path generation : data) {
                    deleteTree(generation);
                }
            }
            Files.deleteIfExists(lockFile);
            FirstLoadMarker.syncDirectory(loc);
            marker.remove();
        } catch (IOException e) {
            throw StoreLocations.error(loc, "cannot reset after an interrupted first load ("
                    + StoreLocations.firstLine(String.valueOf(e.getMessage())) + ")");
        } finally {
            marker.close();
        }
        return true;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
