package dev.neam.lsp.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Cuts the LSP byte stream into messages ({@code Content-Length: N\r\n\r\n} then N bytes) and
 * finds its way back after a broken frame instead of losing every later message:
 * <ul>
 *   <li>bytes before a header (the rest of a message whose length was too short, stray output) are
 *       skipped up to the next {@code Content-Length:} or {@code Content-Type:} header;</li>
 *   <li>a length too long for its message is noticed when the next message's header shows up inside
 *       the body (raw {@code Content-Length: N\r\n} cannot occur inside valid JSON): the body ends
 *       there and the header is read again;</li>
 *   <li>a header block without {@code Content-Length} is followed by one JSON value, read up to
 *       its balancing bracket.</li>
 * </ul>
 * A frame that was repaired carries the problem, so the message can be answered with an error.
 */
final class FrameReader {
    /** A message's bytes, as the header says they are encoded; {@code problem} is null for a sound frame. */
    record Frame(byte[] body, String charset, String problem) {
    }

    /** Larger bodies are refused: what a client sends for a document is far smaller. */
    static final int MAX_BODY = 256 * 1024 * 1024;
    private static final int CHUNK = 8192;
    /** How long the input must stay silent before a complete JSON value ends a body that claims more. */
    private static final long STALL_NANOS = 300_000_000L;
    private static final byte[] LENGTH = "content-length:".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TYPE = "content-type:".getBytes(StandardCharsets.US_ASCII);

    private final PushbackInputStream in;

    FrameReader(InputStream input) {
        this.in = new PushbackInputStream(input, CHUNK + 64);
    }

    /** The next message, or null at the end of the input. */
    Frame next() throws IOException {
        while (true) {
            if (!skipToHeader()) {
                return null;
            }
            long length = -1;
            String charset = "UTF-8";
            boolean sound = true;
            String line;
            while ((line = readLine()) != null && !line.isEmpty()) {
                int colon = line.indexOf(':');
                String name = colon < 0 ? "" : line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = colon < 0 ? "" : line.substring(colon + 1).trim();
                if (name.equals("content-length")) {
                    try {
                        length = Long.parseLong(value);
                    } catch (NumberFormatException e) {
                        sound = false;
                    }
                } else if (name.equals("content-type")) {
                    int at = value.toLowerCase(Locale.ROOT).indexOf("charset=");
                    if (at >= 0) {
                        charset = value.substring(at + "charset=".length()).split(";")[0].trim().replace("\"", "");
                    }
                } else if (colon < 0) {
                    sound = false; // not a header line: the frame is broken
                    break;
                }
            }
            if (line == null) {
                return null;
            }
            if (!sound && length < 0) {
                continue; // garbage that looked like a header: look for the next one
            }
            if (length < 0 || length > MAX_BODY) {
                byte[] value = readJsonValue();
                if (value == null) {
                    continue;
                }
                return new Frame(value, charset, length < 0 ? "the message has no Content-Length header"
                        : "the message is longer than " + MAX_BODY + " bytes");
            }
            return readBody((int) length, charset);
        }
    }

    /**
     * Skips to the start of the next header; false at the end of the input. Whitespace between
     * messages is normal; anything else is the remains of a broken frame.
     */
    private boolean skipToHeader() throws IOException {
        byte[] window = new byte[LENGTH.length];
        while (true) {
            int read = in.read(window, 0, 1);
            if (read < 0) {
                return false;
            }
            int b = window[0];
            if (b != 'c' && b != 'C') {
                continue;
            }
            int n = 1 + in.readNBytes(window, 1, LENGTH.length - 1);
            if (startsWith(window, n, LENGTH) || startsWith(window, n, TYPE)) {
                in.unread(window, 0, n);
                return true;
            }
            in.unread(window, 1, n - 1); // not a header: go on from the next byte
        }
    }

    /**
     * The body of a declared length, cut short where the next message's header turns up inside it,
     * or where the input stalls after a complete JSON value (a client waiting for the answer to a
     * message whose length it overstated would otherwise wait for ever).
     */
    private Frame readBody(int length, String charset) throws IOException {
        byte[] body = new byte[Math.min(length, 1 << 16)];
        int size = 0;
        JsonValueEnd valueEnd = new JsonValueEnd();
        while (size < length) {
            if (in.available() == 0 && valueEnd.complete() && stalled()) {
                return new Frame(Arrays.copyOf(body, size), charset, "the message is shorter than its Content-Length says");
            }
            if (body.length == size) {
                body = Arrays.copyOf(body, (int) Math.min(length, Math.max(size * 2L, CHUNK)));
            }
            int read = in.read(body, size, Math.min(CHUNK, Math.min(length, body.length) - size));
            if (read < 0) {
                return new Frame(Arrays.copyOf(body, size), charset, "the input ended inside a message");
            }
            int header = nextHeader(body, Math.max(0, size - LENGTH.length - 24), size + read);
            valueEnd.take(body, size, size + read);
            size += read;
            if (header >= 0) {
                in.unread(body, header, size - header);
                return new Frame(Arrays.copyOf(body, header), charset, "the message is shorter than its Content-Length says");
            }
        }
        return new Frame(body.length == size ? body : Arrays.copyOf(body, size), charset, null);
    }

    /** Whether no more input arrives for a while. */
    private boolean stalled() throws IOException {
        long deadline = System.nanoTime() + STALL_NANOS;
        while (System.nanoTime() < deadline) {
            if (in.available() > 0) {
                return false;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return in.available() == 0;
    }

    /**
     * Whether the bytes read so far of a body are one complete JSON object or array with only
     * whitespace after it; fed as the bytes arrive, so asking costs nothing however long the body.
     */
    private static final class JsonValueEnd {
        private final Brackets brackets = new Brackets();
        private boolean started;
        private boolean closed;
        private boolean broken;

        void take(byte[] bytes, int from, int to) {
            for (int i = from; i < to && !broken; i++) {
                byte b = bytes[i];
                if (closed || !started) {
                    if (isSpace(b)) {
                        continue;
                    }
                    broken = closed || (b != '{' && b != '[');
                    started = true;
                }
                if (!broken && brackets.closedBy(b)) {
                    closed = true;
                }
            }
        }

        boolean complete() {
            return closed && !broken;
        }
    }

    /** Follows the nesting of a JSON value byte by byte, strings and their escapes included. */
    private static final class Brackets {
        private int depth;
        private boolean inString;
        private boolean escaped;

        /** Takes the next byte; true when it closes the outermost object or array. */
        boolean closedBy(int b) {
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (b == '\\') {
                    escaped = true;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                depth++;
            } else if (b == '}' || b == ']') {
                return --depth == 0;
            }
            return false;
        }
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }

    /** Where a complete {@code Content-Length: N\r\n} line starts in {@code bytes}, from {@code from}; -1 if nowhere. */
    static int nextHeader(byte[] bytes, int from, int end) {
        for (int i = from; i + LENGTH.length < end; i++) {
            if ((bytes[i] == 'c' || bytes[i] == 'C') && startsWith(bytes, i, end, LENGTH)) {
                int j = i + LENGTH.length;
                while (j < end && bytes[j] == ' ') {
                    j++;
                }
                int digits = j;
                while (j < end && bytes[j] >= '0' && bytes[j] <= '9') {
                    j++;
                }
                if (j > digits && j + 1 < end && bytes[j] == '\r' && bytes[j + 1] == '\n') {
                    return i;
                }
            }
        }
        return -1;
    }

    /** One JSON object or array up to its balancing bracket (for a frame without a length); null if none follows. */
    private byte[] readJsonValue() throws IOException {
        int b;
        do {
            b = in.read();
        } while (b >= 0 && isSpace((byte) b));
        if (b != '{' && b != '[') {
            if (b >= 0) {
                in.unread(b);
            }
            return null;
        }
        ByteArrayOutputStream value = new ByteArrayOutputStream();
        Brackets brackets = new Brackets();
        boolean closed = false;
        while (!closed && b >= 0 && value.size() < MAX_BODY) {
            value.write(b);
            closed = brackets.closedBy(b);
            b = closed ? 0 : in.read();
        }
        return value.toByteArray();
    }

    /** A header line without its line break ({@code \r\n}, or a lone {@code \n}); null at the end of the input. */
    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') {
                return line.toString(StandardCharsets.US_ASCII).stripTrailing();
            }
            line.write(b);
            if (line.size() > 64 * 1024) { // no header is this long: the frame is broken
                return "";
            }
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.US_ASCII);
    }

    private static boolean startsWith(byte[] window, int length, byte[] prefix) {
        return startsWith(window, 0, length, prefix);
    }

    private static boolean startsWith(byte[] bytes, int at, int end, byte[] prefix) {
        if (end - at < prefix.length) {
            return false;
        }
        for (int k = 0; k < prefix.length; k++) {
            if (Character.toLowerCase((char) bytes[at + k]) != prefix[k]) {
                return false;
            }
        }
        return true;
    }
}
