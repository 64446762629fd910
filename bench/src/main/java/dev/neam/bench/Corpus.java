package dev.neam.bench;

import dev.neam.parser.workspace.Document;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The corpora the in-process benchmarks read: the project the lint benchmark lints (2,000 generated
 * files, 1 in 50 with a planted syntax error), library-style modules (550 valid files) and the
 * repository's {@code samples/}. The generated texts depend only on their index, so runs compare.
 */
record Corpus(String name, List<Document> documents, int lines) {
    static final String GENERATED = "generated";
    static final String LIBRARY = "library-style";
    static final String SAMPLES = "samples";

    static Corpus of(String name, List<Document> documents) {
        return new Corpus(name, documents, documents.stream().mapToInt(d -> NeamFileGenerator.count(d.text())).sum());
    }

    /** One of {@link #GENERATED}, {@link #LIBRARY} or {@link #SAMPLES} (read from {@code samples}). */
    static Corpus named(String name, Path samples) throws IOException {
        return switch (name) {
            case GENERATED -> generated();
            case LIBRARY -> library();
            case SAMPLES -> samples(samples);
            default -> throw new IllegalArgumentException("no corpus " + name);
        };
    }

    /** The project the lint benchmark lints (2,000 files). */
    static Corpus generated() {
        List<String> texts = generatedTexts();
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            int folder = i / ProjectGenerator.FILES_PER_FOLDER;
            docs.add(new Document("/bench/generated/src/pkg" + folder + "/file" + i + ".neam", texts.get(i)));
        }
        return of("generated project (lint benchmark)", docs);
    }

    static List<String> generatedTexts() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            texts.add(ProjectGenerator.source(i / ProjectGenerator.FILES_PER_FOLDER, i));
        }
        return texts;
    }

    static Corpus library() {
        List<String> texts = libraryTexts();
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            docs.add(new Document("/bench/library/src/mod" + i + ".neam", texts.get(i)));
        }
        return of("library-style modules", docs);
    }

    static List<String> libraryTexts() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 550; i++) {
            texts.add(LibraryCorpusGenerator.module(i));
        }
        return texts;
    }

    static Corpus samples(Path root) throws IOException {
        List<Document> docs = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(p -> p.toString().endsWith(".neam")).sorted().toList()) {
                docs.add(new Document(p.toAbsolutePath().toString(), Files.readString(p, StandardCharsets.UTF_8)));
            }
        }
        return of("samples/", docs);
    }
}
