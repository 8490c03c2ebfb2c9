package org.w3id.dmkg.cli;

import java.util.concurrent.Callable;
import org.w3id.dmkg.store.DmkgStore;
import org.w3id.dmkg.store.Stats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dmkg stats}: what the store holds. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Count what the store holds.")
final class StatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    CommonOptions common;
    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        try (DmkgStore s = DmkgStore.openExisting(store.loc)) {
            Stats st = Stats.of(s);
            var out = spec.commandLine().getOut();
            out.printf("articles        %d%nmeetings        %d%npersons         %d%noffice holdings %d%n"
                            + "anniversaries   %d%nstatements      %d%ncountries       %d (reference data included)%n"
                            + "organizations   %d (reference data included)%ntriples         %d%nnamed graphs    %d%n",
                    st.articles(), st.meetings(), st.persons(), st.officeHoldings(), st.anniversaries(),
                    st.statements(), st.countries(), st.organizations(), st.triples(), st.namedGraphs());
        }
        return 0;
    }
}
