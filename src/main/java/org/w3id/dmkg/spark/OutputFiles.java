package org.w3id.dmkg.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The job's output directory on a Hadoop file system: {@code shards/part-NNNNN.nq},
 * {@code rejects.tsv} and {@code manifest.json}. Used by the driver only, after Spark has committed
 * the task output.
 */
final class OutputFiles {
    static final String SHARDS = "shards";

    private final FileSystem fs;
    private final Path dir;

    OutputFiles(FileSystem fs, Path dir) {
        this.fs = fs;
        this.dir = dir;
    }

    Path shards() {
        return new Path(dir, SHARDS);
    }

    Path rejectsTemp() {
        return new Path(dir, "_rejects");
    }

    /** Gives the committed {@code part-NNNNN} files their {@code .nq} name; returns them, relative, in order. */
    List<String> nameShards() throws IOException {
        FileStatus[] parts = fs.listStatus(shards(), p -> p.getName().startsWith("part-"));
        Arrays.sort(parts);
        List<String> names = new ArrayList<>(parts.length);
        for (FileStatus part : parts) {
            String name = part.getPath().getName() + ".nq";
            if (!fs.rename(part.getPath(), new Path(shards(), name))) {
                throw new IOException("cannot rename " + part.getPath() + " to " + name);
            }
            names.add(SHARDS + "/" + name);
        }
        return names;
    }

    /** Moves the single part file Spark wrote for the rejects to {@code rejects.tsv}. */
    void nameRejects() throws IOException {
        Path target = new Path(dir, Manifest.REJECTS);
        FileStatus[] parts = fs.listStatus(rejectsTemp(), p -> p.getName().startsWith("part-"));
        if (parts.length == 1) {
            fs.rename(parts[0].getPath(), target);
        } else {
            fs.create(target, true).close();
        }
        fs.delete(rejectsTemp(), true);
    }

    void writeManifest(Manifest m) throws IOException {
        try (FSDataOutputStream out = fs.create(new Path(dir, Manifest.FILE), true)) {
            m.write(out);
        }
    }
}
