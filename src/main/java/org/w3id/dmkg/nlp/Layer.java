package org.w3id.dmkg.nlp;

/** The annotation layers a {@link Document} can carry; stages say which they need and which they add. */
public enum Layer {
    SENTENCES, TOKENS, POS, MENTIONS
}
