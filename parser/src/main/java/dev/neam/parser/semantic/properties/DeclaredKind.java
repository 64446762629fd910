package dev.neam.parser.semantic.properties;

import dev.neam.parser.ast.Decl;
import dev.neam.parser.language.KindSpec;

/** A domain declaration of the file together with the vocabulary kind it was recognised as. */
record DeclaredKind(Decl.Domain decl, KindSpec kind) {

    /** "agent 'Tutor'" — how messages name the declaration. */
    String label() {
        return kind.name() + " '" + decl.name().text() + "'";
    }
}
