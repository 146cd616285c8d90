package org.caselint.server;

import org.caselint.server.cli.AgreeCommand;
import org.caselint.server.cli.AnalyseCommand;
import org.caselint.server.cli.EvalCommand;
import org.caselint.server.cli.LintBenchCommand;
import org.caselint.server.cli.LintCommand;
import org.caselint.server.cli.ServeCommand;
import org.caselint.server.cli.TrainCommand;
import org.caselint.server.records.cli.BenchCommand;
import org.caselint.server.records.cli.GenerateCommand;
import org.caselint.server.records.cli.IndexCommand;
import org.caselint.server.records.cli.SearchCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The one entry point of {@code caselint.jar}. Exit codes: 0 ok, 1 findings at or above {@code --fail-on},
 * 2 bad usage or input.
 */
@Command(name = "caselint", mixinStandardHelpOptions = true, version = "caselint 0.1.0",
        description = "Checks children's social-care case notes against recording standards.",
        subcommands = {LintCommand.class, EvalCommand.class, AgreeCommand.class, AnalyseCommand.class, LintBenchCommand.class, TrainCommand.class,
                ServeCommand.class, GenerateCommand.class, IndexCommand.class, SearchCommand.class, BenchCommand.class})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int BAD_INPUT = 2;

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code. */
    public static int execute(String... args) {
        return execute(null, null, args);
    }

    /** Runs the command line with its output and errors sent to the given writers (for tests). */
    public static int execute(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main());
        if (out != null) cl.setOut(out);
        if (err != null) cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof BadInputException || ex instanceof IllegalArgumentException) {
                cmd.getErr().println("caselint: " + ex.getMessage());
                return BAD_INPUT;
            }
            throw ex;
        });
        return cl.execute(args);
    }
}
