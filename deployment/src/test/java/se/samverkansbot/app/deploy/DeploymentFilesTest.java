package se.samverkansbot.app.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import se.samverkansbot.app.config.SamverkanProperties;

/**
 * The compose files and the Helm chart, read as a container runtime and Kubernetes read them: valid YAML,
 * two replicas, probes on the actuator's health groups, and environment the app really reads (each variable
 * is bound the way Spring Boot binds the container's environment). The chart is rendered with Helm's own
 * template engine (helm-java's native library), since no helm binary is installed here.
 */
class DeploymentFilesTest {
    private static final Path DEPLOY = Path.of("..", "deploy");
    private static final Path CHART = DEPLOY.resolve("helm/samverkansbot");

    @Test
    void compose_runs_mongodb_8_as_a_replica_set_and_two_app_replicas_behind_one_proxy() throws IOException {
        Map<String, Object> compose = yaml(DEPLOY.resolve("compose/compose.yaml"));
        Map<String, Object> services = map(compose.get("services"));

        Map<String, Object> mongo = map(services.get("mongo"));
        assertThat((String) mongo.get("image")).startsWith("mongo:8");
        assertThat(strings(mongo.get("command"))).contains("--replSet", "rs0");
        assertThat(strings(map(mongo.get("healthcheck")).get("test")).toString())
                .contains("rs.initiate", "isWritablePrimary");

        Map<String, Object> app = map(services.get("app"));
        assertThat(map(app.get("deploy")).get("replicas")).isEqualTo(2);
        assertThat(map(map(map(app.get("deploy")).get("resources")).get("limits")))
                .containsEntry("memory", "768M");
        assertThat(map(map(app.get("depends_on")).get("mongo")).get("condition"))
                .isEqualTo("service_healthy");
        assertThat(app).doesNotContainKey("ports"); // reached only through the proxy
        assertThat(strings(map(app.get("healthcheck")).get("test")).toString()).contains("/actuator/health/readiness");
        assertThat(strings(app.get("volumes"))).containsExactly("./structures:/etc/samverkansbot/structures:ro");
        assertThat(map(((List<?>) app.get("env_file")).getFirst()).get("path")).isEqualTo("samverkansbot.env");

        SamverkanProperties read = bind(env(app));
        assertThat(read.mongodbUri()).isEqualTo("mongodb://mongo:27017/samverkansbot?replicaSet=rs0");
        assertThat(read.embedded()).isFalse();
        assertThat(read.structures().directory()).isEqualTo(Path.of("/etc/samverkansbot/structures"));

        Map<String, Object> proxy = map(services.get("proxy"));
        assertThat(strings(proxy.get("ports"))).containsExactly("8080:8080");
        assertThat(Files.readString(DEPLOY.resolve("compose/nginx.conf"))).contains("server app:8080;");
    }

    @Test
    void the_single_container_variant_keeps_the_embedded_database_in_a_volume() throws IOException {
        Map<String, Object> app =
                map(map(yaml(DEPLOY.resolve("compose/compose.single.yaml")).get("services"))
                        .get("app"));

        assertThat(strings(app.get("volumes"))).contains("samverkansbot-data:/var/lib/samverkansbot");
        // One process, and a memory limit: the image takes 75 % of it as heap from the start, the host's without one.
        Map<String, Object> deploy = map(app.get("deploy"));
        assertThat(deploy).doesNotContainKey("replicas");
        assertThat(map(map(deploy.get("resources")).get("limits"))).containsEntry("memory", "2G");
        SamverkanProperties read = bind(env(app));
        assertThat(read.embedded()).isTrue();
        assertThat(read.structures().directory()).isEqualTo(Path.of("/etc/samverkansbot/structures"));
    }

    @Test
    void the_chart_passes_helm_lint() {
        LintResult lint = new Helm(CHART).lint().call();

        assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isFalse();
    }

    @Test
    void the_chart_runs_two_replicas_with_probes_on_the_health_groups_a_pdb_and_the_settings_the_app_reads()
            throws IOException {
        Map<String, Map<String, Object>> rendered =
                render(t -> t.set("mongodbUri", "mongodb://db/samverkansbot?replicaSet=rs0")
                        .set("secrets.slackBotToken", "xoxb-test")
                        .set("secrets.slackSigningSecret", "signing"));

        Map<String, Object> deployment = rendered.get("Deployment");
        assertThat(map(deployment.get("spec")).get("replicas")).isEqualTo(2);
        Map<String, Object> pod =
                map(map(map(deployment.get("spec")).get("template")).get("spec"));
        Map<String, Object> container = map(((List<?>) pod.get("containers")).getFirst());
        assertThat(probePath(container, "readinessProbe")).isEqualTo("/actuator/health/readiness");
        assertThat(probePath(container, "livenessProbe")).isEqualTo("/actuator/health/liveness");
        assertThat(probePath(container, "startupProbe")).isEqualTo("/actuator/health/liveness");
        assertThat(map(container.get("resources"))).containsKeys("requests", "limits");
        assertThat(map(container.get("securityContext")))
                .containsEntry("allowPrivilegeEscalation", false)
                .containsEntry("readOnlyRootFilesystem", true);
        assertThat(map(pod.get("securityContext"))).containsEntry("runAsNonRoot", true);

        Map<String, Object> secret = rendered.get("Secret");
        Map<String, Object> tokens = map(secret.get("stringData"));
        assertThat(tokens)
                .containsEntry("MONGODB_URI", "mongodb://db/samverkansbot?replicaSet=rs0")
                .containsEntry("SLACK_BOT_TOKEN", "xoxb-test")
                .doesNotContainKey("MICROSOFT_APP_PASSWORD");
        Map<String, String> environment = new LinkedHashMap<>(env(container));
        tokens.forEach((name, value) -> environment.put(name, (String) value));
        SamverkanProperties read = bind(environment);
        assertThat(read.mongodbUri()).isEqualTo("mongodb://db/samverkansbot?replicaSet=rs0");
        assertThat(read.structures().loadShipped()).isTrue();
        assertThat(read.structures().directory()).isNull();
        assertThat(environment)
                .containsEntry("SLACK_MODE", "http")
                .containsEntry("SAMVERKAN_WEB_CHAT_ENABLED", "false");

        assertThat(map(rendered.get("PodDisruptionBudget").get("spec"))).containsEntry("minAvailable", 1);
        assertThat(rendered).doesNotContainKeys("Ingress", "ConfigMap");
    }

    @Test
    void structure_files_come_from_a_config_map_and_only_the_platform_endpoints_go_out_through_the_ingress()
            throws IOException {
        Map<String, Map<String, Object>> rendered = render(t -> t.set("mongodbUri", "mongodb://db/x")
                .set("structures.files.egen\\.yaml", "structure: {id: egen, name: Egen}")
                .set("ingress.enabled", true)
                .set("slack.mode", "http"));

        assertThat(map(rendered.get("ConfigMap").get("data"))).containsKey("egen.yaml");
        Map<String, Object> pod = map(
                map(map(rendered.get("Deployment").get("spec")).get("template")).get("spec"));
        Map<String, Object> container = map(((List<?>) pod.get("containers")).getFirst());
        assertThat(bind(env(container)).structures().directory()).isEqualTo(Path.of("/etc/samverkansbot/structures"));
        assertThat(ingressPaths(rendered.get("Ingress"))).containsExactly("/slack/events", "/api/messages");

        Map<String, Map<String, Object>> socketMode = render(t -> t.set("mongodbUri", "mongodb://db/x")
                .set("ingress.enabled", true)
                .set("slack.mode", "socket"));
        assertThat(ingressPaths(socketMode.get("Ingress"))).containsExactly("/api/messages");
        assertThat(map(socketMode.get("Deployment").get("spec")).get("replicas"))
                .isEqualTo(2);
    }

    @Test
    void the_chart_refuses_to_render_without_a_mongodb() {
        assertThatThrownBy(() -> render(t -> t)).hasMessageContaining("mongodbUri is required");
    }

    private static Map<String, Map<String, Object>> render(UnaryOperator<com.marcnuri.helm.TemplateCommand> values) {
        String manifests =
                values.apply(new Helm(CHART).template().withName("bot")).call();
        Map<String, Map<String, Object>> byKind = new LinkedHashMap<>();
        for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(manifests)) {
            if (document != null) {
                Map<String, Object> resource = map(document);
                byKind.put((String) resource.get("kind"), resource);
            }
        }
        return byKind;
    }

    private static List<String> ingressPaths(Map<String, Object> ingress) {
        Map<String, Object> rule = map(((List<?>) map(ingress.get("spec")).get("rules")).getFirst());
        List<String> paths = new ArrayList<>();
        for (Object path : (List<?>) map(rule.get("http")).get("paths")) {
            paths.add((String) map(path).get("path"));
        }
        return paths;
    }

    private static String probePath(Map<String, Object> container, String probe) {
        return (String) map(map(container.get(probe)).get("httpGet")).get("path");
    }

    /** The container's environment as compose or Kubernetes lists it. */
    private static Map<String, String> env(Map<String, Object> container) {
        Map<String, String> env = new LinkedHashMap<>();
        Object listed = container.containsKey("environment") ? container.get("environment") : container.get("env");
        if (listed instanceof Map<?, ?> named) {
            named.forEach((name, value) -> env.put((String) name, String.valueOf(value)));
        } else if (listed instanceof List<?> entries) {
            entries.forEach(entry -> env.put(
                    (String) map(entry).get("name"), String.valueOf(map(entry).get("value"))));
        }
        return env;
    }

    /**
     * What the app makes of this environment: the container's variables above application.yaml, bound to the
     * app's own settings exactly as at start (placeholders like ${MONGODB_URI:} and relaxed names like
     * SAMVERKAN_STRUCTURES_DIRECTORY).
     */
    private static SamverkanProperties bind(Map<String, String> environment) throws IOException {
        StandardEnvironment spring = new StandardEnvironment();
        spring.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        spring.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        spring.getPropertySources()
                .addFirst(new SystemEnvironmentPropertySource(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new LinkedHashMap<>(environment)));
        new YamlPropertySourceLoader()
                .load("application.yaml", new ClassPathResource("application.yaml"))
                .forEach(source -> spring.getPropertySources().addLast(source));
        spring.getPropertySources().addLast(new MapPropertySource("none", Map.of()));
        ConfigurationPropertySources.attach(spring);
        return Binder.get(spring).bindOrCreate("samverkan", SamverkanProperties.class);
    }

    private static Map<String, Object> yaml(Path file) throws IOException {
        return map(new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    private static List<String> strings(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return ((List<?>) value).stream().map(String::valueOf).toList();
    }
}
