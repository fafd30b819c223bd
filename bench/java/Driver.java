import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark's HTTP client for what wrk cannot do: seeding through the app's public interfaces, and the submit storm,
 * where every attempt must be submitted exactly once (wrk sends a new request as soon as a connection is free, so it
 * cannot fire a fixed set of requests once each). Run as a single-file program: {@code java bench/java/Driver.java}.
 *
 * <pre>
 * seed   BASE PREFIX COUNT OUT      register COUNT students (API), sign each in with the form; OUT: one cookie a line
 * start  BASE COOKIES OUT           start (or resume) one bench-exam attempt per cookie; OUT: "cookie TAB attemptId"
 * storm  BASE ATTEMPTS              submit every attempt of ATTEMPTS at once, each exactly once, with 20 answers
 * fill   BASE COOKIES ROUNDS        per student ROUNDS times: start an attempt and submit it with 20 answers
 * verify BASE ATTEMPTS              count the attempts of ATTEMPTS that the app reports as submitted with a score
 * </pre>
 * Students' password is {@value #PASSWORD}. Results are printed as {@code key=value} lines for bench/run.
 */
public final class Driver {

    static final String PASSWORD = "bench-password-0123";
    static final String QUIZ = "bench-exam";
    static final int THREADS = Integer.getInteger("threads", 8);

    private final URI base;
    private final HttpClient http;

    Driver(String base) {
        this.base = URI.create(base);
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(30)).build();
    }

    public static void main(String[] args) throws Exception {
        Driver driver = new Driver(args[1]);
        switch (args[0]) {
            case "seed" -> driver.seed(args[2], Integer.parseInt(args[3]), Path.of(args[4]));
            case "start" -> driver.start(Path.of(args[2]), Path.of(args[3]));
            case "storm" -> driver.storm(Path.of(args[2]));
            case "fill" -> driver.fill(Path.of(args[2]), Integer.parseInt(args[3]));
            case "verify" -> driver.verify(Path.of(args[2]));
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    /** One valid response for each question of bench-exam, by the question's place in bench/gen-bank's cycle. */
    static String answers() {
        StringBuilder json = new StringBuilder("{\"responses\":{");
        for (int q = 1; q <= 20; q++) {
            json.append(q == 1 ? "" : ",").append("\"q-").append(q).append("\":").append(answer(q));
        }
        return json.append("}}").toString();
    }

    static String answer(int question) {
        int kind = (question - 1) % 20;
        if (kind < 6) {
            return "\"c1\"";
        } else if (kind < 9) {
            return "[\"c1\",\"c2\"]";
        } else if (kind < 12) {
            return "true";
        } else if (kind < 14) {
            return "7";
        } else if (kind < 16) {
            return "\"2021-07-19\"";
        } else if (kind < 18) {
            return "\"Hafnium\"";
        } else if (kind < 19) {
            return "{\"l1\":\"r1\",\"l2\":\"r2\",\"l3\":\"r3\"}";
        }
        return "[\"i1\",\"i2\",\"i3\"]";
    }

    void seed(String prefix, int count, Path out) throws Exception {
        String[] cookies = new String[count];
        parallel(count, i -> {
            String username = String.format("%s%05d", prefix, i);
            String body = "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD
                    + "\",\"displayName\":\"Bench student " + i + "\"}";
            HttpResponse<String> registered = send(HttpRequest.newBuilder(base.resolve("/api/register"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
            if (registered.statusCode() != 201 && registered.statusCode() != 409) {
                throw new IllegalStateException("register " + username + ": " + registered.statusCode() + " "
                        + registered.body());
            }
            cookies[i] = signIn(username);
        });
        Files.write(out, Arrays.asList(cookies));
        System.out.println("seeded=" + count);
    }

    /** The form sign-in: /j_security_check answers 302 with the encrypted session cookie. */
    String signIn(String username) {
        String form = "j_username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&j_password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            if (cookie.startsWith("quarkus-credential=")) {
                String value = cookie.substring(0, cookie.indexOf(';') < 0 ? cookie.length() : cookie.indexOf(';'));
                if (!Objects.isBlank(value.substring("quarkus-credential=".length()))
                        && !response.headers().firstValue("Location").orElse("").contains("error")) {
                    return value;
                }
            }
        }
        throw new IllegalStateException("sign-in of " + username + " failed: " + response.statusCode() + " "
                + response.headers().map());
    }

    void start(Path cookiesFile, Path out) throws Exception {
        List<String> cookies = Files.readAllLines(cookiesFile);
        String[] lines = new String[cookies.size()];
        parallel(cookies.size(), i -> lines[i] = cookies.get(i) + "\t" + startAttempt(cookies.get(i)));
        Files.write(out, Arrays.asList(lines));
        System.out.println("started=" + lines.length);
    }

    long startAttempt(String cookie) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("/api/quizzes/" + QUIZ + "/attempts"))
                .header("Cookie", cookie)
                // A POST to the API declares JSON even without a body (docs/security.md).
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.noBody()));
        if (response.statusCode() != 201 && response.statusCode() != 200) {
            throw new IllegalStateException("start: " + response.statusCode() + " " + response.body());
        }
        Matcher id = Pattern.compile("^\\{\"id\":(\\d+)").matcher(response.body());
        if (!id.find()) {
            throw new IllegalStateException("start: no id in " + response.body());
        }
        return Long.parseLong(id.group(1));
    }

    HttpRequest.Builder submitRequest(String cookie, long attempt) {
        return HttpRequest.newBuilder(base.resolve("/api/attempts/" + attempt + "/submit"))
                .header("Cookie", cookie).header("Content-Type", "application/json").timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofString(answers()));
    }

    /** Every attempt submitted at once, exactly once each; latencies from the moment each request is handed over. */
    void storm(Path attemptsFile) throws Exception {
        List<String[]> attempts = Files.readAllLines(attemptsFile).stream().map(l -> l.split("\t")).toList();
        List<HttpRequest> requests = attempts.stream()
                .map(a -> submitRequest(a[0], Long.parseLong(a[1])).build()).toList();
        long[] latencies = new long[requests.size()];
        Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        List<CompletableFuture<?>> pending = new ArrayList<>();
        long begin = System.nanoTime();
        for (int i = 0; i < requests.size(); i++) {
            int index = i;
            long sent = System.nanoTime();
            pending.add(http.sendAsync(requests.get(i), HttpResponse.BodyHandlers.ofString()).handle((r, e) -> {
                latencies[index] = System.nanoTime() - sent;
                String outcome = e != null ? "error:" + e.getClass().getSimpleName() : String.valueOf(r.statusCode());
                outcomes.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
                return null;
            }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        long elapsed = System.nanoTime() - begin;
        Arrays.sort(latencies);
        int ok = outcomes.entrySet().stream().filter(e -> e.getKey().startsWith("2"))
                .mapToInt(e -> e.getValue().get()).sum();
        System.out.println("requests=" + requests.size());
        System.out.println("ok=" + ok);
        System.out.println("failed=" + (requests.size() - ok));
        System.out.println("outcomes=" + new TreeMap<>(outcomes));
        System.out.printf("seconds=%.3f%n", elapsed / 1e9);
        System.out.printf("rps=%.1f%n", requests.size() / (elapsed / 1e9));
        System.out.printf("p50_ms=%.1f%n", percentile(latencies, 50) / 1e6);
        System.out.printf("p99_ms=%.1f%n", percentile(latencies, 99) / 1e6);
        System.out.printf("max_ms=%.1f%n", latencies[latencies.length - 1] / 1e6);
    }

    static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    void fill(Path cookiesFile, int rounds) throws Exception {
        List<String> cookies = Files.readAllLines(cookiesFile);
        AtomicInteger submitted = new AtomicInteger();
        parallel(cookies.size(), i -> {
            for (int round = 0; round < rounds; round++) {
                long attempt = startAttempt(cookies.get(i));
                HttpResponse<String> response = send(submitRequest(cookies.get(i), attempt));
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("submit " + attempt + ": " + response.statusCode());
                }
                submitted.incrementAndGet();
            }
        });
        System.out.println("filled=" + submitted.get());
    }

    void verify(Path attemptsFile) throws Exception {
        List<String[]> attempts = Files.readAllLines(attemptsFile).stream().map(l -> l.split("\t")).toList();
        AtomicInteger graded = new AtomicInteger();
        Pattern submittedWithScore = Pattern.compile("\"state\":\"submitted\".*\"score\":[0-9]");
        parallel(attempts.size(), i -> {
            HttpResponse<String> response = send(HttpRequest.newBuilder(
                    base.resolve("/api/attempts/" + attempts.get(i)[1])).header("Cookie", attempts.get(i)[0]).GET());
            if (response.statusCode() == 200 && submittedWithScore.matcher(response.body()).find()) {
                graded.incrementAndGet();
            }
        });
        System.out.println("graded=" + graded.get());
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    interface Job {
        void run(int index) throws Exception;
    }

    static void parallel(int count, Job job) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            futures.add(pool.submit(() -> {
                job.run(index);
                return null;
            }));
        }
        pool.shutdown();
        for (java.util.concurrent.Future<?> future : futures) {
            future.get();
        }
        pool.awaitTermination(1, TimeUnit.MINUTES);
    }

    static final class Objects {
        static boolean isBlank(String s) {
            return s == null || s.isBlank();
        }
    }
}
