package dev.neam.parser.assist.signature;

import java.util.List;

/**
 * One signature shown while typing a call: its label ({@code fun handle(message)}), its docs, and
 * each parameter as a span of the label (start inclusive, end exclusive, in UTF-16 units) with its
 * own doc when known.
 */
public record SignatureInfo(String label, String doc, List<Parameter> parameters, boolean variadic) {

    public record Parameter(String label, int start, int end, String doc) {
    }

    /** The parameter an argument index lands on; past the last one only when variadic, else -1. */
    public int parameterFor(int argument) {
        if (argument < parameters.size()) {
            return argument;
        }
        return variadic && !parameters.isEmpty() ? parameters.size() - 1 : parameters.isEmpty() ? -1 : argument;
    }
}
