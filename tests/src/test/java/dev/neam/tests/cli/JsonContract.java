package dev.neam.tests.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;

/**
 * The lint JSON contract, checked key by key (and key order):
 * <pre>{"version":1,"files":[{"path":…,"diagnostics":[{"code":…,"category":…,"severity":…,"message":…,
 *   "range":{"start":{"line":…,"character":…},"end":{…}}[,"relatedInformation":[{"path":…,"range":…,"message":…}]]}]}],
 *   "summary":{"files":N,"errors":E,"warnings":W,"information":I,"hints":H}}</pre>
 * Files come in the order of their paths ('/'-separated), so the same input gives the same bytes.
 */
final class JsonContract {
    static final List<String> CATEGORIES = List.of("syntax", "semantic", "manifest", "deploy");
    static final List<String> SEVERITIES = List.of("error", "warning", "information", "hint");

    private JsonContract() {
    }

    /** Checks the whole document; returns the file objects. */
    static List<JsonObject> assertLintDocument(JsonObject root) {
        assertThat(keys(root)).as("top-level keys").containsExactly("version", "files", "summary");
        assertThat(integer(root.get("version"), "version")).isEqualTo(1);
        assertThat(root.get("files").isJsonArray()).as("files is an array").isTrue();

        List<JsonObject> files = new ArrayList<>();
        int errors = 0;
        int warnings = 0;
        int information = 0;
        int hints = 0;
        for (JsonElement element : root.getAsJsonArray("files")) {
            assertThat(element.isJsonObject()).as("file entry is an object: %s", element).isTrue();
            JsonObject file = element.getAsJsonObject();
            assertThat(keys(file)).as("file keys").containsExactly("path", "diagnostics");
            assertThat(string(file.get("path"), "path")).isNotEmpty();
            assertThat(file.get("diagnostics").isJsonArray()).as("diagnostics is an array").isTrue();
            for (JsonElement d : file.getAsJsonArray("diagnostics")) {
                String severity = assertDiagnostic(d);
                errors += severity.equals("error") ? 1 : 0;
                warnings += severity.equals("warning") ? 1 : 0;
                information += severity.equals("information") ? 1 : 0;
                hints += severity.equals("hint") ? 1 : 0;
            }
            files.add(file);
        }

        List<String> paths = files.stream().map(f -> f.get("path").getAsString().replace('\\', '/')).toList();
        assertThat(paths).as("files in path order").isSorted();
        JsonObject summary = root.getAsJsonObject("summary");
        assertThat(keys(summary)).as("summary keys").containsExactly("files", "errors", "warnings", "information", "hints");
        assertThat(integer(summary.get("files"), "summary.files")).isEqualTo(files.size());
        assertThat(integer(summary.get("errors"), "summary.errors")).isEqualTo(errors);
        assertThat(integer(summary.get("warnings"), "summary.warnings")).isEqualTo(warnings);
        assertThat(integer(summary.get("information"), "summary.information")).isEqualTo(information);
        assertThat(integer(summary.get("hints"), "summary.hints")).isEqualTo(hints);
        return files;
    }

    /** Checks one diagnostic object; returns its severity. */
    static String assertDiagnostic(JsonElement element) {
        assertThat(element.isJsonObject()).as("diagnostic is an object: %s", element).isTrue();
        JsonObject d = element.getAsJsonObject();
        List<String> keys = keys(d);
        if (keys.contains("relatedInformation")) {
            assertThat(keys).as("diagnostic keys").containsExactly("code", "category", "severity", "message", "range",
                    "relatedInformation");
            JsonArray related = d.getAsJsonArray("relatedInformation");
            assertThat(related).as("relatedInformation appears only when non-empty").isNotEmpty();
            for (JsonElement r : related) {
                JsonObject info = r.getAsJsonObject();
                assertThat(keys(info)).as("relatedInformation keys").containsExactly("path", "range", "message");
                assertThat(string(info.get("path"), "related path")).isNotEmpty();
                assertRange(info.get("range"));
                string(info.get("message"), "related message");
            }
        } else {
            assertThat(keys).as("diagnostic keys").containsExactly("code", "category", "severity", "message", "range");
        }
        assertThat(string(d.get("code"), "code")).matches("[A-Z]+[0-9]+");
        assertThat(string(d.get("category"), "category")).isIn(CATEGORIES);
        String severity = string(d.get("severity"), "severity");
        assertThat(severity).isIn(SEVERITIES);
        assertThat(string(d.get("message"), "message")).isNotEmpty();
        assertRange(d.get("range"));
        return severity;
    }

    static void assertRange(JsonElement element) {
        JsonObject range = element.getAsJsonObject();
        assertThat(keys(range)).as("range keys").containsExactly("start", "end");
        int[] start = position(range.get("start"));
        int[] end = position(range.get("end"));
        assertThat(start[0] < end[0] || (start[0] == end[0] && start[1] <= end[1])).as("start <= end in %s", range).isTrue();
    }

    private static int[] position(JsonElement element) {
        JsonObject p = element.getAsJsonObject();
        assertThat(keys(p)).as("position keys").containsExactly("line", "character");
        int line = integer(p.get("line"), "line");
        int character = integer(p.get("character"), "character");
        assertThat(line).isNotNegative();
        assertThat(character).isNotNegative();
        return new int[] {line, character};
    }

    static List<String> keys(JsonObject o) {
        return new ArrayList<>(o.keySet());
    }

    static int integer(JsonElement e, String what) {
        assertThat(e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber()).as("%s is a number: %s", what, e)
                .isTrue();
        JsonPrimitive p = e.getAsJsonPrimitive();
        assertThat(p.getAsString()).as("%s is an integer", what).matches("-?[0-9]+");
        return p.getAsInt();
    }

    static String string(JsonElement e, String what) {
        assertThat(e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()).as("%s is a string: %s", what, e)
                .isTrue();
        return e.getAsString();
    }
}
