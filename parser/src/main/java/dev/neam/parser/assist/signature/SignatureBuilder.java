package dev.neam.parser.assist.signature;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds a signature label piece by piece, recording where each parameter's text lies in it. */
final class SignatureBuilder {
    private final StringBuilder label = new StringBuilder();
    private final List<SignatureInfo.Parameter> parameters = new ArrayList<>();

    SignatureBuilder(String prefix) {
        label.append(prefix).append('(');
    }

    /** Adds parameters; {@code docs} maps a parameter's bare name to its documentation. */
    SignatureBuilder params(List<String> written, Map<String, String> docs) {
        for (String p : written) {
            if (!parameters.isEmpty()) {
                label.append(", ");
            }
            int start = label.length();
            label.append(p);
            parameters.add(new SignatureInfo.Parameter(p, start, label.length(), docs.getOrDefault(bareName(p), "")));
        }
        return this;
    }

    SignatureInfo build(String suffix, String doc, boolean variadic) {
        label.append(')').append(suffix);
        boolean rest = variadic || (!parameters.isEmpty() && isRest(parameters.get(parameters.size() - 1).label()));
        return new SignatureInfo(label.toString(), doc == null ? "" : doc.strip(), List.copyOf(parameters), rest);
    }

    private static boolean isRest(String param) {
        return param.startsWith("...") || param.endsWith("...");
    }

    /** {@code ...rest: list = []} → {@code rest}. */
    static String bareName(String param) {
        String p = param.strip();
        if (p.startsWith("...")) {
            p = p.substring(3);
        }
        int cut = p.length();
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_')) {
                cut = i;
                break;
            }
        }
        return p.substring(0, cut);
    }
}
