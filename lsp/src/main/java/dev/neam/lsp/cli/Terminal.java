package dev.neam.lsp.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether the process talks to a person at a terminal (standard input and output), not to pipes. */
final class Terminal {
    private Terminal() {
    }

    /**
     * True when the JVM has a console, i.e. standard input and output are both a terminal. Java 22+
     * returns a console even when they are redirected and says so through {@code isTerminal()}.
     */
    static boolean isInteractive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return Boolean.TRUE.equals(isTerminal.invoke(console));
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
