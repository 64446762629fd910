package dev.neam.parser.semantic;

/** One family of semantic checks over one file (references, values, duplicates, flow…). */
public interface FileCheck {
    void check(FileContext context);
}
