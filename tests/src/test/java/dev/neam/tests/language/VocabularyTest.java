package dev.neam.tests.language;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.neam.parser.language.BlockSpec;
import dev.neam.parser.language.BuiltinSpec;
import dev.neam.parser.language.Dialect;
import dev.neam.parser.language.KindSpec;
import dev.neam.parser.language.PropertySpec;
import dev.neam.parser.language.ProviderSpec;
import dev.neam.parser.language.ValueType;
import dev.neam.parser.language.Vocabulary;
import dev.neam.tests.support.RepoPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The vocabulary data: complete against the spec, consistent with itself, and read into a usable model. */
class VocabularyTest {
    private final Vocabulary vocabulary = Vocabulary.load();

    /** Every declaration kind that shared/spec/declarations.md names (§1, §2–§4, the v1.x table, §10). */
    static final List<String> SPEC_KINDS = List.of(
            "agent", "runner", "skill", "extern skill", "mcp_server", "tool", "guard", "guardchain", "capability",
            "policy", "budget", "memory", "env", "connector", "world_model", "plan", "subagent", "card", "task",
            "handoff", "voice", "realtime_voice", "knowledge", "claw agent", "forge agent", "channel",
            "pipeline", "dispatch", "parallel", "loop",
            "data agent", "etl agent", "migration agent", "dataops agent", "governance agent", "modeling agent",
            "analyst agent", "dio agent", "research agent", "wiki agent", "evolve agent", "securitysentinel agent",
            "protocolbridge agent", "costguardian agent", "knowledgeweaver agent", "adaptagent agent",
            "storyteller agent",
            "schema", "source", "sink", "quality", "compute", "governance", "catalog", "semantic", "mart",
            "scheduler", "audit_table", "log_source", "platform", "incident_policy", "correlation",
            "catalog_source", "gov_catalog", "glossary", "classification_policy", "access_policy", "quality_policy",
            "lineage_policy", "compliance_policy", "lifecycle_policy", "data_product", "contract_policy",
            "master_data", "external_tool", "schema_source", "er_model", "entity", "dimensional_model", "datamart",
            "normalization_analysis", "amendment_config", "amendment", "data_profile", "modeling_tool",
            "sql_connection", "domain_context", "query_template", "query_optimizer", "execution_policy",
            "output_format", "query_library", "analysis_schedule", "deploy_target", "deploy_config",
            "promotion_rule", "rollback_policy", "artifact_registry", "problem_statement", "hypothesis_test",
            "feature_engineering", "agent_registry", "execution_manager_dio", "dio_state_machine",
            "dio_error_handling", "result_synthesizer", "infrastructure_profile", "role_framework",
            "delegation_protocol", "dio_accountability",
            "goal_integrity", "tool_validator", "agent_identity", "supply_chain_policy", "code_sandbox",
            "memory_integrity", "message_security", "circuit_breaker", "human_gate", "agent_attestation",
            "mcp_allowlist", "tool_pinning", "context_guard", "aibom_config", "gym_evaluator", "gateway",
            "model_router", "marketplace", "knowledge_card", "context_assembly", "agent_persona", "locale",
            "governance_rule", "agent_adapter", "blueprint", "plugin", "session_service", "eval_test", "eval_set",
            "artifact_store", "stream_config", "a2a_config", "program", "experiment_loop", "metric_extractor",
            "wiki", "harness", "tool_registry", "assertion_registry", "harness_benchmark", "belief",
            "skill_library", "curriculum", "process", "decision", "event", "pool");

    @Test
    void everyKindOfTheSpecIsDescribed() {
        List<String> missing = SPEC_KINDS.stream().filter(k -> vocabulary.kinds(List.of(k.split(" "))).isEmpty())
                .toList();
        assertThat(missing).as("kinds of declarations.md missing from vocabulary.json").isEmpty();
    }

    @Test
    void kindsHaveDocsAndDialects() {
        for (KindSpec kind : vocabulary.kinds()) {
            assertThat(kind.doc()).as("doc of %s", kind.id()).isNotBlank();
            assertThat(kind.dialects()).as("dialects of %s", kind.id()).isNotEmpty();
        }
    }

    @Test
    void dialectSpecificKindsAreWhereTheSpecPutsThem() {
        assertThat(vocabulary.kind(List.of("runner")).orElseThrow().dialects()).containsExactly(Dialect.A);
        assertThat(vocabulary.kind(List.of("claw", "agent")).orElseThrow().dialects()).containsExactly(Dialect.B);
        assertThat(vocabulary.kind(List.of("agent")).orElseThrow().dialects()).containsExactlyInAnyOrder(Dialect.A,
                Dialect.B);
        assertThat(vocabulary.kinds(List.of("task"))).extracting(k -> k.dialects().iterator().next())
                .containsExactlyInAnyOrder(Dialect.A, Dialect.B);
        assertThat(vocabulary.property("agent", "handoffs").orElseThrow().dialects()).containsExactly(Dialect.A);
        assertThat(vocabulary.property("agent", "policy").orElseThrow().dialects()).containsExactly(Dialect.B);
    }

    @Test
    void everyReferenceTargetIsAKnownKind() {
        List<String> unknown = new ArrayList<>();
        forEveryProperty((where, p) -> {
            for (String target : p.targets()) {
                if (vocabulary.kinds(List.of(target.split(" "))).isEmpty()) {
                    unknown.add(where + "." + p.key() + " -> " + target);
                }
            }
        });
        assertThat(unknown).as("reference targets that name no kind").isEmpty();
    }

    @Test
    void typedPropertiesCarryWhatTheirTypeNeeds() {
        List<String> problems = new ArrayList<>();
        forEveryProperty((where, p) -> {
            if (p.type() == ValueType.ENUM && p.values().isEmpty()) {
                problems.add(where + "." + p.key() + ": enum without values");
            }
            if ((p.type() == ValueType.REFERENCE_LIST || p.type() == ValueType.REFERENCE) && p.targets().isEmpty()) {
                problems.add(where + "." + p.key() + ": reference without target kinds");
            }
            if (p.type() == ValueType.BINDING && p.tags().isEmpty()) {
                problems.add(where + "." + p.key() + ": binding without tags");
            }
            if (p.lessThan() != null && p.min() == null) {
                problems.add(where + "." + p.key() + ": ordered number without a minimum");
            }
            if (p.doc().isBlank()) {
                problems.add(where + "." + p.key() + ": no doc");
            }
        });
        assertThat(problems).isEmpty();
    }

    /** The loader rejects duplicates too; this reads the raw JSON so that a silent overwrite cannot hide one. */
    @Test
    void noBlockListsAKeyTwice() throws IOException {
        String json = Files.readString(RepoPaths.repoRoot()
                .resolve("parser/src/main/resources/dev/neam/parser/language/vocabulary.json"));
        List<String> duplicates = new ArrayList<>();
        findDuplicateKeys("", JsonParser.parseString(json), duplicates);
        assertThat(duplicates).isEmpty();
        Set<String> ids = new HashSet<>();
        vocabulary.kinds().forEach(k -> assertThat(ids.add(k.id())).as("kind id %s is unique", k.id()).isTrue());
    }

    @Test
    void specRulesAreInTheData() {
        PropertySpec temperature = vocabulary.property("agent", "temperature").orElseThrow();
        assertThat(temperature.min()).isEqualTo(0.0);
        assertThat(temperature.max()).isEqualTo(2.0);
        assertThat(vocabulary.property("knowledge", "chunk_overlap").orElseThrow().lessThan()).isEqualTo("chunk_size");
        assertThat(vocabulary.property("knowledge", "retrieval_strategy").orElseThrow().values())
                .contains("basic", "mmr", "hybrid", "hyde", "self_rag", "crag", "agentic", "graph_rag");
        assertThat(vocabulary.property("agent", "guards").orElseThrow().mistakes()).contains("guardchains");
        assertThat(vocabulary.property("agent", "memory").orElseThrow().type()).isEqualTo(ValueType.REFERENCE);
        assertThat(vocabulary.property("subagent", "base_agent").orElseThrow().targets()).containsExactly("agent");
        KindSpec claw = vocabulary.kind(List.of("claw", "agent")).orElseThrow();
        assertThat(claw.body().requiredKeys()).contains("provider", "model", "channels");
        assertThat(claw.rejection("sources")).isPresent();
        assertThat(vocabulary.kind(List.of("mcp_server")).orElseThrow().body().exactlyOneOf())
                .containsExactly(List.of("command", "url"));
        assertThat(vocabulary.kind(List.of("skill")).orElseThrow().handler("impl").orElseThrow().required()).isTrue();
    }

    @Test
    void methodsOfDeclarationsAreDescribed() {
        assertThat(vocabulary.kind(List.of("agent")).orElseThrow().method("ask").orElseThrow().signature())
                .isEqualTo("ask(question)");
        assertThat(vocabulary.kind(List.of("runner")).orElseThrow().method("run").orElseThrow().resultKeys())
                .extracting(k -> k.key())
                .contains("final_agent", "final_output", "completed", "total_turns", "total_duration_ms", "trace");
        KindSpec claw = vocabulary.kind(List.of("claw", "agent")).orElseThrow();
        assertThat(claw.methods()).extracting(m -> m.name()).containsExactly("ask", "reset", "history");
        assertThat(claw.fields()).extracting(f -> f.name()).contains("workspace", "channel_names", "lanes");
        assertThat(vocabulary.kind(List.of("forge", "agent")).orElseThrow().method("run").orElseThrow().resultKeys())
                .extracting(k -> k.key()).containsExactly("outcome");
    }

    @Test
    void builtinsOfTheSpecWithTheirArity() {
        Map<String, Integer> expected = Map.of("len", 1, "print", -1, "clock", 0, "json_parse", 1, "math_clamp", 3,
                "http_request", 4, "crypto_hmac", 3, "workspace_write", 2, "agent_rate", 2, "voice_synthesize", 3);
        expected.forEach((name, arity) -> {
            BuiltinSpec builtin = vocabulary.builtin(name).orElseThrow(() -> new AssertionError("no builtin " + name));
            assertThat(builtin.arity()).as("arity of %s", name).isEqualTo(arity);
            assertThat(builtin.doc()).isNotBlank();
        });
        assertThat(vocabulary.builtin("workspace_read").orElseThrow().dialects()).containsExactly(Dialect.B);
        assertThat(vocabulary.builtin("voice_transcribe").orElseThrow().dialects()).containsExactly(Dialect.A);
        assertThat(vocabulary.builtin("math_sqrt").orElseThrow().signature()).isEqualTo("math_sqrt(x)");
    }

    @Test
    void providersWithTheirCredentialVariables() {
        assertThat(vocabulary.providers()).extracting(ProviderSpec::name)
                .containsExactlyInAnyOrder("openai", "ollama", "bedrock", "anthropic", "gemini", "azure", "vertex");
        ProviderSpec openai = vocabulary.provider("openai").orElseThrow();
        assertThat(openai.missingCredentials(Map.of())).containsExactly("OPENAI_API_KEY");
        assertThat(openai.missingCredentials(Map.of("NEAM_OPENAI_API_KEY", "k"))).isEmpty();
        ProviderSpec bedrock = vocabulary.provider("bedrock").orElseThrow();
        assertThat(bedrock.missingCredentials(Map.of("AWS_ACCESS_KEY_ID", "a")))
                .containsExactly("AWS_SECRET_ACCESS_KEY");
        assertThat(vocabulary.provider("ollama").orElseThrow().missingCredentials(Map.of())).isEmpty();
    }

    @Test
    void profilesSelectDialects() {
        assertThat(vocabulary.profile("auto").acceptsUnion()).isTrue();
        assertThat(vocabulary.profile("0.6").dialects()).containsExactly(Dialect.A);
        assertThat(vocabulary.profile("1.x").dialects()).containsExactly(Dialect.B);
        assertThat(vocabulary.profile("0.8").dialects()).containsExactly(Dialect.B);
        assertThat(vocabulary.profile("something else").id()).isEqualTo("auto");
    }

    private void forEveryProperty(java.util.function.BiConsumer<String, PropertySpec> visitor) {
        for (KindSpec kind : vocabulary.kinds()) {
            walk(kind.id(), kind.body(), visitor);
            if (kind.binding() != null) {
                visitor.accept(kind.id(), kind.binding().value());
            }
        }
    }

    private static void walk(String where, BlockSpec block, java.util.function.BiConsumer<String, PropertySpec> visitor) {
        for (PropertySpec p : block.all()) {
            visitor.accept(where, p);
            if (p.block() != null) {
                walk(where + "." + p.key(), p.block(), visitor);
            }
            p.tags().forEach(t -> walk(where + "." + p.key() + "." + t.tag(), t.block(), visitor));
        }
    }

    /** Any JSON array named "properties" whose objects repeat a "key". */
    private static void findDuplicateKeys(String path, JsonElement element, List<String> out) {
        if (element.isJsonObject()) {
            JsonObject o = element.getAsJsonObject();
            for (Map.Entry<String, JsonElement> e : o.entrySet()) {
                if (e.getKey().equals("properties") && e.getValue().isJsonArray()) {
                    Set<String> seen = new HashSet<>();
                    for (JsonElement p : e.getValue().getAsJsonArray()) {
                        String key = p.getAsJsonObject().get("key").getAsString();
                        if (!seen.add(key)) {
                            out.add(path + ": " + key);
                        }
                    }
                }
                findDuplicateKeys(path + "/" + e.getKey(), e.getValue(), out);
            }
        } else if (element.isJsonArray()) {
            JsonArray a = element.getAsJsonArray();
            for (int i = 0; i < a.size(); i++) {
                findDuplicateKeys(path + "[" + i + "]", a.get(i), out);
            }
        }
    }
}
