package org.w3id.dmkg.nlp;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.w3id.dmkg.DmkgException;

/**
 * A yes/no decision learned from examples: a maximum-entropy model (OpenNLP's L-BFGS trainer with an L2
 * penalty) over string features. Training is deterministic: the same examples in the same order give the
 * same model. Immutable once built; thread-safe ({@link MaxentModel#eval} keeps no state).
 */
public final class Classifier {
    private static final String YES = "yes";
    private static final String NO = "no";
    private static final int ITERATIONS = 300;
    /**
     * L-BFGS memory sizes tried in turn: OpenNLP's minimizer can stall far from the optimum on some data
     * (seen on the person examples: training log-likelihood -564 instead of -439), so the model that fits
     * the training examples best is kept.
     */
    private static final int[] MEMORIES = {15, 30, 50};
    /** Features seen fewer times than this in training are dropped. */
    private static final int CUTOFF = 1;
    /** A strong penalty: a few hundred examples, and probabilities that must stay honest (calibration). */
    private static final double L2_COST = 10.0;

    /** One training example: the features of a candidate, and whether the gold says yes. */
    public record Example(List<String> features, boolean yes) {
        public Example {
            features = List.copyOf(features);
        }
    }

    private final AbstractModel model;
    private final int yes;

    private Classifier(AbstractModel model) {
        this.model = model;
        this.yes = model.getIndex(YES);
    }

    /** Learns from the examples; both answers must occur among them. */
    public static Classifier train(List<Example> examples) {
        boolean anyYes = examples.stream().anyMatch(Example::yes);
        boolean anyNo = examples.stream().anyMatch(e -> !e.yes());
        if (!anyYes || !anyNo) {
            throw new DmkgException(DmkgException.FAILURE, "cannot train on " + examples.size()
                    + " examples: both positive and negative ones are needed");
        }
        List<Event> events = new ArrayList<>();
        for (Example e : examples) {
            events.add(new Event(e.yes() ? YES : NO, e.features().toArray(new String[0])));
        }
        Classifier best = null;
        double bestFit = Double.NEGATIVE_INFINITY;
        for (int memory : MEMORIES) {
            Classifier c = train(events, memory);
            double fit = 0;
            for (Example e : examples) {
                double p = c.probability(e.features());
                fit += Math.log(Math.max(1e-12, e.yes() ? p : 1 - p));
            }
            if (fit > bestFit + 1e-6) {
                best = c;
                bestFit = fit;
            }
        }
        return best;
    }

    private static Classifier train(List<Event> events, int memory) {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        params.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        params.put(QNTrainer.L1COST_PARAM, 0.0);
        params.put(QNTrainer.L2COST_PARAM, L2_COST);
        params.put(QNTrainer.M_PARAM, memory);
        params.put(QNTrainer.THREADS_PARAM, 1);
        params.put("PrintMessages", false);
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, new HashMap<>());
        try {
            return new Classifier((AbstractModel) trainer.train(ObjectStreamUtils.createObjectStream(events)));
        } catch (IOException e) {
            throw new DmkgException(DmkgException.FAILURE, "training failed: " + e.getMessage(), e);
        }
    }

    /** Reads a model written by {@link #write}. */
    public static Classifier read(InputStream in) throws IOException {
        AbstractModel m = new GenericModelReader(new BinaryFileDataReader(in)).getModel();
        if (m.getIndex(YES) < 0) {
            throw new IOException("not a dmkg yes/no model");
        }
        return new Classifier(m);
    }

    public void write(OutputStream out) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream data = new DataOutputStream(bytes)) {
            new GenericModelWriter(model, data).persist();
        }
        out.write(bytes.toByteArray());
    }

    /** The probability of yes given the features; features the model never saw are ignored. */
    public double probability(List<String> features) {
        return model.eval(features.toArray(new String[0]))[yes];
    }
}
