package org.w3id.dmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command's help prints whole, without picocli's warnings, under a summary that is a sentence. */
class HelpTextTest {
    private static List<String> subcommands() {
        return Main.commandLine().getSubcommands().keySet().stream().filter(n -> !n.equals("help")).toList();
    }

    @Test
    void everyHelpPrintsWithoutWarnings() {
        for (String name : subcommands()) {
            Cli.Result r = Cli.run(name, "--help").expect(0);
            assertTrue(r.out().startsWith("Usage: dmkg " + name), r.out());
            assertEquals("", r.err(), () -> "dmkg " + name + " --help wrote to stderr");
            assertFalse(r.out().contains("%n") || r.out().matches("(?s).*%[a-z].*"), r.out());
        }
        assertEquals("", Cli.run("--help").expect(0).err());
    }

    @Test
    void everySummaryIsAWholeSentence() {
        CommandLine root = Main.commandLine();
        for (String name : subcommands()) {
            String[] description = root.getSubcommands().get(name).getCommandSpec().usageMessage().description();
            assertTrue(description.length > 0, name);
            String summary = description[0].strip();
            assertTrue(summary.endsWith("."), () -> name + ": the command list shows a cut sentence: " + summary);
            assertTrue(summary.length() <= 150, () -> name + ": a summary of one short sentence: " + summary);
        }
        String list = Cli.run("--help").out();
        assertFalse(list.contains("graphs at /dmkg/get,\n"), list);
        assertFalse(list.contains("one edge\n"), list);
    }
}
