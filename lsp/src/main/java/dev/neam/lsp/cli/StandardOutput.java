package dev.neam.lsp.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Standard output as the lint report is written to it, remembering why a write failed. A
 * {@link PrintWriter} (and {@code System.out}) swallow write errors, so a report written to a full
 * disk ({@code /dev/full}), a closed descriptor or a pipe whose reader has gone would be lost while
 * the run exited 0; with this the run can say what went wrong and exit 2.
 */
final class StandardOutput extends PrintWriter {
    private final Recording stream;

    private StandardOutput(Recording stream) {
        super(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
        this.stream = stream;
    }

    /** The process's standard output, unbuffered by {@code System.out}. */
    static StandardOutput open() {
        return new StandardOutput(new Recording(new FileOutputStream(FileDescriptor.out)));
    }

    /**
     * Why writing to {@code out} failed (the OS's words when known), or null when it did not; flushes
     * first so that nothing still buffered can fail unseen.
     */
    static String failure(PrintWriter out) {
        if (!out.checkError()) {
            return null;
        }
        IOException e = out instanceof StandardOutput s ? s.stream.failure : null;
        return e == null || e.getMessage() == null ? "the write failed" : e.getMessage();
    }

    /** Passes bytes through and keeps the first failure. */
    private static final class Recording extends FilterOutputStream {
        private IOException failure;

        Recording(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                remember(e);
                throw e;
            }
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                remember(e);
                throw e;
            }
        }

        private synchronized void remember(IOException e) {
            if (failure == null) {
                failure = e;
            }
        }
    }
}
