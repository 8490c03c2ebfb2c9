package org.w3id.dmkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.w3id.dmkg.Dmkg;
import org.w3id.dmkg.DmkgException;
import org.w3id.dmkg.eval.GoldArticle;
import org.w3id.dmkg.learn.Learning;
import org.w3id.dmkg.learn.MeetingLabels;
import org.w3id.dmkg.learn.PersonLabels;
import org.w3id.dmkg.text.SourceDocument;
import picocli.CommandLine.Option;

/**
 * The options of {@code train} and {@code eval --folds} that add verdicts on meetings ({@link MeetingLabels}) and on
 * persons ({@link PersonLabels}) in articles without gold to what the meeting and person judges learn from.
 */
final class LabelOptions {
    @Option(names = "--meeting-labels", paramLabel = "FILE|DIR",
            description = "Verdicts on proposed meetings in articles without gold (URL, participants, yes or no); a "
                    + "directory stands for its *.tsv files. Repeatable.")
    List<Path> files = List.of();

    @Option(names = "--person-labels", paramLabel = "FILE|DIR",
            description = "Verdicts on persons dmkg reported in articles without gold (URL, name, yes or no), which teach "
                    + "the person judge; a directory stands for its *.tsv files. Repeatable.")
    List<Path> personFiles = List.of();

    @Option(names = "--labelled", paramLabel = "INPUT",
            description = "The articles the verdicts speak of (files or directories, any input format); only those "
                    + "whose URL has a verdict are kept.")
    List<String> inputs = List.of();

    /** The verdicts, or none when no file is given. */
    MeetingLabels labels() {
        if (files.isEmpty()) {
            if (!inputs.isEmpty() && personFiles.isEmpty()) {
                throw new DmkgException(DmkgException.USAGE, "--labelled needs --meeting-labels or --person-labels");
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

    /** The verdicts on persons, or none when no file is given. */
    PersonLabels personLabels() {
        if (personFiles.isEmpty()) {
            return PersonLabels.none();
        }
        if (inputs.isEmpty()) {
            throw new DmkgException(DmkgException.USAGE, "--person-labels needs --labelled with the articles it speaks of");
        }
        try {
            return PersonLabels.read(personFiles);
        } catch (IOException e) { // a missing file too: the reader names it
            throw new DmkgException(DmkgException.INPUT_UNREADABLE, e.getMessage());
        }
    }

    /** The labelled articles that have verdicts on meetings, and those that have verdicts on persons. */
    record Labelled(List<SourceDocument> meetings, List<SourceDocument> persons) {
    }

    /** The labelled articles that have verdicts, read once; empty when there are none. */
    Labelled articles(MeetingLabels labels, PersonLabels persons, PrintWriter err) {
        if (labels.isEmpty() && persons.isEmpty()) {
            return new Labelled(List.of(), List.of());
        }
        List<SourceDocument> all = ArticleRun.readAll(inputs, err,
                d -> !labels.of(d.url()).isEmpty() || !persons.of(d.url()).isEmpty());
        return new Labelled(all.stream().filter(d -> !labels.of(d.url()).isEmpty()).toList(),
                all.stream().filter(d -> !persons.of(d.url()).isEmpty()).toList());
    }

    /** Learning from the articles with gold and the verdicts these options name. */
    Learning learning(List<SourceDocument> docs, Map<String, GoldArticle> golds, MeetingLabels labels,
                      PersonLabels persons, PrintWriter err) {
        Labelled labelled = articles(labels, persons, err);
        return new Learning(Dmkg.shared(), docs, golds, labelled.meetings(), labels, labelled.persons(), persons);
    }
}
