package org.cyberpolicy.quiz.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The packaged application ({@code target/quarkus-app/quarkus-run.jar}) run as its own process, for integration tests
 * that need what a {@code @QuarkusTest} cannot give: a real stop and start, or a JVM with its own options. The app keeps
 * its H2 file in the given data directory, listens on a free port chosen when it is built, and appends everything it
 * prints to {@link #log()} (so a restarted app's log follows the first one's).
 */
public final class PackagedApp {

    private static final Path PROJECT = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();
    public static final Path JAR = PROJECT.resolve("target/quarkus-app/quarkus-run.jar");
    /** The build for PostgreSQL, made by the Maven profile {@code postgresql} (see pom.xml). */
    public static final Path POSTGRESQL_JAR = PROJECT.resolve("target/quarkus-app-pg/quarkus-run.jar");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final List<String> jvmOptions;
    private final Path jar;
    private final long fileSizeLimitKb;
    private final Map<String, String> environment;
    private final Path log;
    private final int port;
    private Process process;

    private PackagedApp(Builder builder, int port) {
        this.jvmOptions = List.copyOf(builder.jvmOptions);
        this.jar = builder.jar;
        this.fileSizeLimitKb = builder.fileSizeLimitKb;
        this.port = port;
        this.log = builder.dataDir.resolve("app.log");
        Map<String, String> environment = new HashMap<>(builder.environment);
        environment.put("QUIZ_DATA_DIR", builder.appDataDir != null ? builder.appDataDir.toString()
                : builder.dataDir.toString());
        environment.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        this.environment = Map.copyOf(environment);
    }

    /** An app keeping its data (H2 file, log) in {@code dataDir}. */
    public static Builder in(Path dataDir) {
        return new Builder(dataDir);
    }

    /** Starts the app and returns once {@code /q/health/ready} answers 200; fails if the process ends first. */
    public void start() throws IOException, InterruptedException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("the app is already running");
        }
        List<String> command = new ArrayList<>();
        if (fileSizeLimitKb > 0) {
            // bash's ulimit -f counts kilobytes; exec keeps the limit for the JVM, which then gets EFBIG past it.
            command.addAll(List.of("bash", "-c", "ulimit -f " + fileSizeLimitKb + " && exec \"$0\" \"$@\""));
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(PROJECT.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        process = builder.start();
        awaitReady();
    }

    /**
     * Starts the app expecting it to refuse to start: returns its exit code once it has ended by itself (failing if it
     * is still running after {@code timeout}, or answers as ready).
     */
    public int startExpectingExit(Duration timeout) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(PROJECT.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        process = builder.start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the app was expected to refuse to start but still runs; see " + log);
        }
        return process.exitValue();
    }

    private void awaitReady() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest ready = HttpRequest.newBuilder(url("/q/health/ready")).timeout(Duration.ofSeconds(10)).build();
        Instant giveUp = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(giveUp)) {
            if (!process.isAlive()) {
                throw new AssertionError("the app stopped; see " + log);
            }
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet (or not answering yet)
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the app did not start within " + START_TIMEOUT.toSeconds() + " seconds; see " + log);
    }

    /** A normal stop (SIGTERM), waited for: the app closes its H2 file cleanly, as on a real shutdown. */
    public void stopGracefully() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            throw new AssertionError("the app did not stop within " + STOP_TIMEOUT.toSeconds() + " seconds; see " + log);
        }
    }

    /**
     * Ends the process at once (SIGKILL) if it still runs; for clean-up after a test, whatever its outcome (the
     * integration tests declare their app {@code @AutoClose("kill")}).
     */
    public void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    /**
     * Kills the running app at once, as a crash would (on Linux {@link Process#destroyForcibly()} sends SIGKILL: no
     * shutdown hook runs, nothing is flushed), waits for the process to end and returns its exit code (137 after
     * SIGKILL).
     */
    public int killAndExitCode() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the app did not die within 30 seconds of SIGKILL");
        }
        return process.exitValue();
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public int port() {
        return port;
    }

    /** {@code http://localhost:<port><path>}. */
    public URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** A JSON request to this app as that user, with HTTP Basic as a script would send it. */
    public RequestSpecification as(String username, String password) {
        return RestAssured.given().port(port).auth().preemptive().basic(username, password)
                .contentType(ContentType.JSON);
    }

    /** The file the app's output goes to (standard output and error, over every start). */
    public Path log() {
        return log;
    }

    /** How the app is run: its data directory, environment variables and JVM options. */
    public static final class Builder {

        private final Path dataDir;
        private final Map<String, String> environment = new HashMap<>();
        private final List<String> jvmOptions = new ArrayList<>();
        private Path jar = JAR;
        private Path appDataDir;
        private long fileSizeLimitKb;

        private Builder(Path dataDir) {
            this.dataDir = dataDir;
        }

        /** Another build of the app than target/quarkus-app, e.g. {@link #POSTGRESQL_JAR}. */
        public Builder jar(Path jar) {
            this.jar = jar;
            return this;
        }

        /** An environment variable of the app's process, e.g. {@code QUIZ_BANK_DIR}. */
        public Builder env(String name, String value) {
            environment.put(name, value);
            return this;
        }

        /** A JVM option placed before {@code -jar}, e.g. {@code -Xmx96m}. */
        public Builder jvmOption(String option) {
            jvmOptions.add(option);
            return this;
        }

        /** A data folder for the app (QUIZ_DATA_DIR) other than the one its log goes to, e.g. one it cannot write. */
        public Builder appDataDir(Path folder) {
            this.appDataDir = folder;
            return this;
        }

        /**
         * The largest file the app's process may write, in kilobytes ({@code ulimit -f}, through bash): past it a
         * write fails as on a full disk. 0 (the default) for no limit.
         */
        public Builder fileSizeLimitKb(long kilobytes) {
            this.fileSizeLimitKb = kilobytes;
            return this;
        }

        /** The app as configured so far, on a port free at this moment; not started yet. */
        public PackagedApp build() throws IOException {
            try (ServerSocket free = new ServerSocket(0)) {
                return new PackagedApp(this, free.getLocalPort());
            }
        }
    }
}
