package org.w3id.dmkg.nlp;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** An ordered list of stages, checked at construction so that each finds the layers it needs. */
public final class Pipeline {
    private final List<Stage> stages;

    public Pipeline(List<Stage> stages) {
        Set<Layer> present = EnumSet.noneOf(Layer.class);
        for (Stage stage : stages) {
            if (!present.containsAll(stage.requires())) {
                throw new IllegalArgumentException(stage.getClass().getSimpleName() + " needs " + stage.requires()
                        + " but only " + present + " precede it");
            }
            present.add(stage.provides());
        }
        this.stages = new ArrayList<>(stages);
    }

    public Document apply(Document document) {
        Document d = document;
        for (Stage stage : stages) {
            d = stage.apply(d);
        }
        return d;
    }
}
