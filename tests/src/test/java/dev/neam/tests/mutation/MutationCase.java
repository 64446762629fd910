package dev.neam.tests.mutation;

import dev.neam.parser.workspace.WorkspaceFiles;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One generated input, fully determined by the seed and its index: a fixture (a lone Neam source or
 * a project), the file of it that is mutated, the edits made to that file's text and, sometimes, the
 * bytes corrupted after encoding (invalid UTF-8, a BOM in the middle, NUL).
 *
 * @param files the files of the case as written to disk, the mutated one included
 */
public record MutationCase(long seed, int index, String fixture, String path, String original, List<TextEdit> edits,
                           String mutated, String corruption, Map<String, byte[]> files) {

    /** The system properties that choose the seed, the number of cases and one case to rerun. */
    public static final String SEED = "neam.mutation.seed";
    public static final String CASES = "neam.mutation.cases";
    public static final String ONLY = "neam.mutation.case";

    /** The manifest given to a project fixture that has none, so lint finds the project and its deploy files. */
    static final String MINIMAL_MANIFEST = "[package]\nname = \"mutant\"\nversion = \"0.1.0\"\n";

    /** Invalid or surprising UTF-8 byte sequences. */
    private static final byte[][] BAD_BYTES = {
        {(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xF0, (byte) 0x9F}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        {(byte) 0xFE, (byte) 0xFF}, {0}};

    /**
     * Case {@code index} of {@code seed}; {@code sourcesOnly} keeps to lone Neam sources with text
     * mutations only (what an editor can send).
     */
    public static MutationCase of(long seed, int index, MutationCorpus corpus, boolean sourcesOnly) {
        Random random = new Random(mix(seed + mix(index)));
        boolean source = sourcesOnly || random.nextBoolean();
        List<MutationCorpus.Sample> samples = source ? corpus.sources : corpus.projects;
        MutationCorpus.Sample sample = samples.get(random.nextInt(samples.size()));
        List<String> paths = List.copyOf(sample.files().keySet());
        String path = paths.get(random.nextInt(paths.size()));
        String original = sample.files().get(path);

        FileMutator mutator = new FileMutator(random, corpus.texts);
        List<TextEdit> edits = mutator.mutations(original, 1 + random.nextInt(4));
        String mutated = original;
        for (TextEdit edit : edits) {
            mutated = edit.applyTo(mutated);
        }
        byte[] bytes = mutated.getBytes(StandardCharsets.UTF_8);
        String corruption = "";
        if (!sourcesOnly && random.nextInt(8) == 0) {
            byte[] bad = BAD_BYTES[random.nextInt(BAD_BYTES.length)];
            int at = random.nextInt(bytes.length + 1);
            byte[] corrupted = new byte[bytes.length + bad.length];
            System.arraycopy(bytes, 0, corrupted, 0, at);
            System.arraycopy(bad, 0, corrupted, at, bad.length);
            System.arraycopy(bytes, at, corrupted, at + bad.length, bytes.length - at);
            bytes = corrupted;
            corruption = "bytes " + hex(bad) + " at byte " + at;
        }

        Map<String, byte[]> files = new LinkedHashMap<>();
        if (!source && !sample.files().containsKey("neam.toml")) {
            files.put("neam.toml", MINIMAL_MANIFEST.getBytes(StandardCharsets.UTF_8));
        }
        for (Map.Entry<String, String> f : sample.files().entrySet()) {
            files.put(f.getKey(), f.getKey().equals(path) ? bytes : f.getValue().getBytes(StandardCharsets.UTF_8));
        }
        return new MutationCase(seed, index, sample.name(), path, original, edits, mutated, corruption, files);
    }

    /** The text lint reads from the mutated file (decoded as lint decodes it). */
    public String textAsRead() {
        return WorkspaceFiles.decode(files.get(path));
    }

    /** Everything needed to understand and rerun a failed case. */
    public String describe() {
        String text = Escapes.visible(mutated);
        return "seed " + seed + " case " + index + " (rerun alone: -D" + SEED + "=" + seed + " -D" + ONLY + "=" + index + ")\n"
                + "fixture " + fixture + ", mutated file " + path + "\n"
                + "edits: " + edits + (corruption.isEmpty() ? "" : "\nthen " + corruption) + "\n"
                + "mutated text (" + mutated.length() + " chars): "
                + (text.length() > 3000 ? text.substring(0, 3000) + "…" : text);
    }

    /**
     * Scrambles a seed (the finaliser of MurmurHash3): the first outputs of java.util.Random for
     * consecutive seeds are nearly equal, so consecutive cases would otherwise start alike.
     */
    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    private static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            out.append(String.format("%02X ", b & 0xFF));
        }
        return out.toString().strip();
    }
}
