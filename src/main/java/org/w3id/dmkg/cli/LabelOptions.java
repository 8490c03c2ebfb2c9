package org.w3id.dmkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.w3id.dmkg.DmkgException;
import org.w3id.dmkg.learn.MeetingLabels;
import org.w3id.dmkg.text.SourceDocument;
import picocli.CommandLine.Option;

/**
 * The options of {@code train} and {@code eval --folds} that add verdicts on meetings in articles without
 * gold ({@link MeetingLabels}) to what the meeting judge learns from.
 */
final class LabelOptions {
    @Option(names = "--meeting-labels", paramLabel = "FILE|DIR",
            description = "Verdicts on proposed meetings in articles without gold (URL, participants, yes or no); a "
                    + "directory stands for its *.tsv files. Repeatable.")
    List<Path> files = List.of();

    @Option(names = "--labelled", paramLabel = "INPUT",
            description = "The articles the verdicts speak of (files or directories, any input format); only those "
                    + "whose URL has a verdict are kept.")
    List<String> inputs = List.of();

    /** The verdicts, or none when no file is given. */
    MeetingLabels labels() {
        if (files.isEmpty()) {
            if (!inputs.isEmpty()) {
                throw new DmkgException(DmkgException.USAGE, "--labelled needs --meeting-labels");
            }
            return MeetingLabels.none();
        }
        if (inputs.isEmpty()) {
            throw new DmkgException(DmkgException.USAGE, "--meeting-labels needs --labelled with the articles it speaks of");
        }
        try {
            return MeetingLabels.read(files);
        } catch (IOException e) { // a missing file too: MeetingLabels names it
            throw new DmkgException(DmkgException.INPUT_UNREADABLE, e.getMessage());
        }
    }

    /** The labelled articles that have verdicts; empty when there are no verdicts. */
    List<SourceDocument> articles(MeetingLabels labels, PrintWriter err) {
        if (labels.isEmpty()) {
            return List.of();
        }
        return ArticleRun.readAll(inputs, err, d -> !labels.of(d.url()).isEmpty());
    }
}
