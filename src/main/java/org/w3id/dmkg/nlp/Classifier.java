package org.w3id.dmkg.nlp;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3id.dmkg.DmkgException;

/**
 * A yes/no decision learned from examples: logistic regression (a maximum-entropy model with two outcomes)
 * over string features, with an L2 penalty on every weight but the bias. It is fitted to the optimum
 * by Nesterov's accelerated gradient with backtracking, because OpenNLP's L-BFGS trainer stopped short
 * of it on the person examples: its training log-likelihood varied by up to 30 with the memory size
 * alone, so models and cross-validated figures changed with every small edit. Training is deterministic:
 * the same examples in the same order give the same model, byte for byte. Immutable once built;
 * thread-safe.
 */
public final class Classifier {
    private static final String MAGIC = "dmkg-logistic-1";
    private static final String BIAS = "bias";
    /** The L2 penalty: a few hundred to a few thousand examples, and probabilities that must stay honest. */
    private static final double L2 = 3.0;
    private static final int MAX_ITERATIONS = 20_000;
    /** Stop when the gradient's largest component is this small, per example. */
    private static final double TOLERANCE = 1e-7;

    /**
     * One training example: the features of a candidate, whether the gold says yes, and how much it counts in the
     * loss (1 for a whole example; a share where several examples stand for one judgement).
     */
    public record Example(List<String> features, boolean yes, double weight) {
        public Example {
            features = List.copyOf(features);
            if (!(weight > 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("weight " + weight);
            }
        }

        /** An example that counts once. */
        public Example(List<String> features, boolean yes) {
            this(features, yes, 1.0);
        }
    }

    private final Map<String, Double> weights;

    private Classifier(Map<String, Double> weights) {
        this.weights = weights;
    }

    /** Learns from the examples; both answers must occur among them. */
    public static Classifier train(List<Example> examples) {
        boolean anyYes = examples.stream().anyMatch(Example::yes);
        boolean anyNo = examples.stream().anyMatch(e -> !e.yes());
        if (!anyYes || !anyNo) {
            throw new DmkgException(DmkgException.FAILURE, "cannot train on " + examples.size()
                    + " examples: both positive and negative ones are needed");
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        index.put(BIAS, 0);
        int[][] rows = new int[examples.size()][];
        double[] y = new double[examples.size()];
        double[] weight = new double[examples.size()];
        for (int i = 0; i < rows.length; i++) {
            Example e = examples.get(i);
            weight[i] = e.weight();
            List<Integer> row = new ArrayList<>();
            row.add(0);
            for (String f : e.features()) {
                if (!f.equals(BIAS)) {
                    Integer k = index.computeIfAbsent(f, x -> index.size());
                    if (!row.contains(k)) {
                        row.add(k);
                    }
                }
            }
            rows[i] = row.stream().mapToInt(Integer::intValue).toArray();
            y[i] = e.yes() ? 1 : 0;
        }
        double[] w = fit(rows, y, weight, index.size());
        Map<String, Double> out = new LinkedHashMap<>();
        index.forEach((f, k) -> out.put(f, w[k]));
        return new Classifier(out);
    }

    /** Minimizes the penalized log loss by accelerated gradient descent with backtracking. */
    private static double[] fit(int[][] rows, double[] y, double[] weight, int n) {
        double[] w = new double[n];
        double[] v = new double[n];
        double[] g = new double[n];
        double step = 1.0 / rows.length;
        double t = 1;
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            double fv = loss(rows, y, weight, v, g);
            double largest = 0;
            for (double x : g) {
                largest = Math.max(largest, Math.abs(x));
            }
            if (largest < TOLERANCE * rows.length) {
                return v;
            }
            double[] next = new double[n];
            while (true) {
                double sq = 0;
                for (int k = 0; k < n; k++) {
                    next[k] = v[k] - step * g[k];
                    sq += g[k] * g[k];
                }
                if (loss(rows, y, weight, next, null) <= fv - step / 2 * sq || step < 1e-12) {
                    break;
                }
                step /= 2;
            }
            double tn = (1 + Math.sqrt(1 + 4 * t * t)) / 2;
            for (int k = 0; k < n; k++) {
                v[k] = next[k] + (t - 1) / tn * (next[k] - w[k]);
            }
            w = next;
            t = tn;
            step *= 1.5;
        }
        return w;
    }

    /** The penalized log loss at w, each example's term times its weight; its gradient into g when g is not null. */
    private static double loss(int[][] rows, double[] y, double[] weight, double[] w, double[] g) {
        if (g != null) {
            java.util.Arrays.fill(g, 0);
        }
        double total = 0;
        for (int i = 0; i < rows.length; i++) {
            double z = 0;
            for (int k : rows[i]) {
                z += w[k];
            }
            double p = sigmoid(z);
            total += weight[i] * (y[i] > 0 ? softplus(-z) : softplus(z));
            if (g != null) {
                double d = weight[i] * (p - y[i]);
                for (int k : rows[i]) {
                    g[k] += d;
                }
            }
        }
        for (int k = 1; k < w.length; k++) {
            total += L2 / 2 * w[k] * w[k];
            if (g != null) {
                g[k] += L2 * w[k];
            }
        }
        return total;
    }

    private static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    /** log(1 + e^z), without overflow. */
    private static double softplus(double z) {
        return z > 30 ? z : Math.log1p(Math.exp(z));
    }

    /** Reads a model written by {@link #write}. */
    public static Classifier read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        try {
            if (!MAGIC.equals(data.readUTF())) {
                throw new IOException("not a dmkg model");
            }
            int n = data.readInt();
            if (n < 1 || n > 10_000_000) {
                throw new IOException("not a dmkg model (" + n + " weights)");
            }
            Map<String, Double> w = new HashMap<>();
            for (int i = 0; i < n; i++) {
                w.put(data.readUTF(), data.readDouble());
            }
            return new Classifier(w);
        } catch (java.io.EOFException | java.io.UTFDataFormatException e) {
            throw new IOException("not a dmkg model (truncated or garbled)", e);
        }
    }

    public void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeUTF(MAGIC);
        data.writeInt(weights.size());
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            data.writeUTF(e.getKey());
            data.writeDouble(e.getValue());
        }
        data.flush();
    }

    /** The probability of yes given the features; features the model never saw are ignored. */
    public double probability(List<String> features) {
        double z = weights.getOrDefault(BIAS, 0.0);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String f : features) { // each known feature once, summed in the order of first appearance
            Double w = weights.get(f);
            if (w != null && !f.equals(BIAS) && seen.add(f)) {
                z += w;
            }
        }
        return sigmoid(z);
    }
}
