package org.w3id.dmkg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms of the dmkg ontology, {@code https://w3id.org/dmkg/ontology#}; each is declared in {@code ontology/dmkg.ttl}. */
public final class DMKG {
    public static final String NS = "https://w3id.org/dmkg/ontology#";
    /** Base of every resource dmkg mints. */
    public static final String ID = "https://w3id.org/dmkg/id/";

    // classes
    public static final Resource Meeting = resource("Meeting");
    public static final Resource InPersonMeeting = resource("InPersonMeeting");
    public static final Resource PhoneCall = resource("PhoneCall");
    public static final Resource VideoCall = resource("VideoCall");
    public static final Resource Talks = resource("Talks");
    public static final Resource Visit = resource("Visit");
    public static final Resource MeetingStatus = resource("MeetingStatus");
    public static final Resource Anniversary = resource("Anniversary");
    public static final Resource HistoricalEvent = resource("HistoricalEvent");
    public static final Resource Statement = resource("Statement");
    public static final Resource Evidence = resource("Evidence");
    public static final Resource InternationalOrganization = resource("InternationalOrganization");
    public static final Resource WorldRegion = resource("WorldRegion");

    // individuals
    public static final Resource Occurred = resource("Occurred");
    public static final Resource Planned = resource("Planned");

    // meetings
    public static final Property host = property("host");
    public static final Property guest = property("guest");
    public static final Property status = property("status");
    // office holdings
    public static final Property country = property("country");
    public static final Property asOf = property("asOf");
    // anniversaries
    public static final Property ordinal = property("ordinal");
    public static final Property year = property("year");
    public static final Property commemorates = property("commemorates");
    // statements
    public static final Property speaker = property("speaker");
    public static final Property atMeeting = property("atMeeting");
    // evidence and confidence
    public static final Property confidence = property("confidence");
    public static final Property linkConfidence = property("linkConfidence");
    public static final Property evidence = property("evidence");
    // reference data
    public static final Property officialName = property("officialName");
    public static final Property abbreviation = property("abbreviation");
    public static final Property demonym = property("demonym");
    public static final Property iso3166Alpha2 = property("iso3166Alpha2");
    public static final Property iso3166Alpha3 = property("iso3166Alpha3");
    public static final Property iso3166Numeric = property("iso3166Numeric");
    public static final Property capital = property("capital");
    public static final Property historical = property("historical");

    private DMKG() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }
}
