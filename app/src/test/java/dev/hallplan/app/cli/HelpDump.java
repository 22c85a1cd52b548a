package dev.hallplan.app.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * Prints {@code --help} of every command through the real entry point, for {@link HelpTextTest}
 * to run in a fresh JVM: picocli's warnings go to the stderr the JVM started with.
 */
final class HelpDump {
    private HelpDump() {
    }

    public static void main(String[] args) {
        for (List<String> path : commandPaths(HallPlanCommand.commandLine(), List.of())) {
            List<String> argv = new ArrayList<>(path);
            argv.add("--help");
            int code = HallPlanCommand.execute(argv.toArray(String[]::new));
            System.out.println("== exit " + code + " for " + String.join(" ", argv));
        }
    }

    /** Every command's path below {@code cl}, e.g. [], [catalog], [catalog, list]. */
    static List<List<String>> commandPaths(CommandLine cl, List<String> prefix) {
        List<List<String>> paths = new ArrayList<>();
        paths.add(prefix);
        cl.getSubcommands().forEach((name, sub) -> {
            if (sub.getCommandName().equals(name)) {
                List<String> p = new ArrayList<>(prefix);
                p.add(name);
                paths.addAll(commandPaths(sub, p));
            }
        });
        return paths;
    }
}
