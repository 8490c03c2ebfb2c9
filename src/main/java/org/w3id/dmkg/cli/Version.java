package org.w3id.dmkg.cli;

import picocli.CommandLine;

/** The version the jar's manifest states, or "development". */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"dmkg " + number()};
    }

    /** The bare version number, or "development" outside a built jar. */
    static String number() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
