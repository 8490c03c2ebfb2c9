package org.w3id.dmkg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The schema.org terms dmkg uses, in the {@code https://schema.org/} namespace the public vocabulary
 * names (Jena's own {@code SchemaDO} uses {@code http:}).
 */
public final class SCHEMA {
    public static final String NS = "https://schema.org/";

    public static final Resource NewsArticle = resource("NewsArticle");
    public static final Resource Person = resource("Person");
    public static final Resource Country = resource("Country");
    public static final Resource City = resource("City");
    public static final Resource Place = resource("Place");
    public static final Resource AdministrativeArea = resource("AdministrativeArea");
    public static final Resource Organization = resource("Organization");
    public static final Resource NewsMediaOrganization = resource("NewsMediaOrganization");

    public static final Property url = property("url");
    public static final Property headline = property("headline");
    public static final Property datePublished = property("datePublished");
    public static final Property publisher = property("publisher");
    public static final Property mentions = property("mentions");
    public static final Property sourceOrganization = property("sourceOrganization");
    public static final Property attendee = property("attendee");
    public static final Property startDate = property("startDate");
    public static final Property location = property("location");
    public static final Property containedInPlace = property("containedInPlace");
    public static final Property text = property("text");
    public static final Property name = property("name");

    private SCHEMA() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }
}
