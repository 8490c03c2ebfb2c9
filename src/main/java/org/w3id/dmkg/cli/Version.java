package org.w3id.dmkg.cli;

import picocli.CommandLine;

/** The version the jar's manifest states, or "development". */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"dmkg " + (v == null ? "development" : v)};
    }
}
