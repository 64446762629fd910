package dev.neam.lsp.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Entry point of {@code neam-lsp.jar}: with no arguments or {@code --stdio} it starts the language
 * server; {@code lint} checks files from the command line.
 *
 * <p>Exit status: 0 success, 1 findings at or above lint's {@code --fail-on} threshold, 2 usage error
 * (including an invalid {@code [tool.neam-lsp]} configuration) or internal error.
 */
@Command(
        name = "neam-lsp",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        subcommands = {LintCommand.class, SchemaCommand.class},
        description = {
            "Language tooling for Neam.",
            "With no command (or --stdio) it runs the language server over standard input/output."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:success (lint: no diagnostic at or above its --fail-on threshold)",
            "1:lint found diagnostics at or above the threshold (by default: errors)",
            "2:usage error, invalid configuration or internal error"
        })
public final class Main implements Callable<Integer> {

    /** Exit status for a usage error or an internal error. */
    public static final int EXIT_USAGE_OR_INTERNAL = 2;

    @Option(names = "--stdio", description = "Run the language server over standard input/output (the default).")
    boolean stdio;

    @Override
    public Integer call() {
        return new ServerLauncher().run();
    }

    /** Said on stderr when a person starts the server on a terminal, where it would otherwise wait in silence. */
    static final String TERMINAL_HINT = "neam-lsp: this is the Neam language server; it speaks LSP on standard input and "
            + "output to an editor. To check files run 'neam-lsp lint PATH' (see 'neam-lsp --help'); Ctrl-D ends the server.";

    public static void main(String[] args) {
        PrintWriter out = StandardOutput.open(); // a failed write is seen, not swallowed by System.out
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int status = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /** Runs the command line with the given streams and returns the exit status; never throws. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        if (args.length == 0 || (args.length == 1 && args[0].equals("--stdio"))) {
            // what editors run: straight to the server, without loading the command-line parser (about
            // 170 classes that a start-up archive cannot hold, for nothing to parse)
            try {
                return new Main().call();
            } catch (Throwable t) {
                return internalError(t, err);
            }
        }
        try {
            CommandLine cmd = new CommandLine(new Main());
            cmd.setOut(out);
            cmd.setErr(err);
            cmd.setParameterExceptionHandler((ex, arguments) -> {
                String qualified = ex.getCommandLine().getCommandSpec().qualifiedName();
                if (ex.getCommandLine().getCommand() instanceof LintCommand lint) {
                    // as far as the options were read, the failure goes where the report would have
                    lint.fail(ErrorReport.Kind.usage, oneLine(ex.getMessage()));
                } else {
                    err.println("neam-lsp: " + oneLine(ex.getMessage()));
                }
                err.println("Try '" + qualified + " --help' for more information.");
                err.flush();
                return EXIT_USAGE_OR_INTERNAL;
            });
            cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
                if (commandLine.getCommand() instanceof LintCommand lint) {
                    return lint.fail(ex instanceof IOException ? ErrorReport.Kind.usage : ErrorReport.Kind.internal,
                            describe(ex));
                }
                return internalError(ex, err);
            });
            int status = cmd.execute(args);
            out.flush();
            err.flush();
            return status;
        } catch (Throwable t) { // never throw at the user: StackOverflowError and friends included
            return internalError(t, err);
        }
    }

    /** One line on stderr, exit status 2: an I/O failure says what failed, anything else is an internal error. */
    private static int internalError(Throwable t, PrintWriter err) {
        err.println("neam-lsp: " + describe(t));
        err.flush();
        return EXIT_USAGE_OR_INTERNAL;
    }

    private static String describe(Throwable t) {
        String message = t.getMessage() == null ? "" : oneLine(t.getMessage());
        if (t instanceof IOException && !message.isEmpty()) {
            return message;
        }
        return "internal error: " + t.getClass().getName() + (message.isEmpty() ? "" : ": " + message);
    }

    static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
