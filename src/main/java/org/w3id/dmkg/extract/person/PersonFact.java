package org.w3id.dmkg.extract.person;

import java.util.List;
import org.w3id.dmkg.extract.Span;

/** A person the article names: the fullest form of the name used, and where it is mentioned. */
public record PersonFact(String name, List<Span> mentions) {
    public PersonFact {
        mentions = List.copyOf(mentions);
    }
}
