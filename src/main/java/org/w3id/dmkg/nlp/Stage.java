package org.w3id.dmkg.nlp;

import java.util.Set;

/**
 * One step of the annotation pipeline. A stage states the layers it needs and the one it adds;
 * the {@link Pipeline} checks the order once, when it is built. Instances are not required to be
 * thread-safe: a pipeline is used by one thread at a time.
 */
public interface Stage {
    Set<Layer> requires();

    Layer provides();

    Document apply(Document document);
}
