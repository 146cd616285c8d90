package org.caselint.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.caselint.Linter;
import org.caselint.server.http.examples.ExampleCatalog;

/**
 * A bounded load run against {@code POST /api/v1/lint} on loopback (a command, not a test): N clients each send
 * invented ~300-word notes back to back for a fixed time, after a warm-up, and the run prints requests per second,
 * latency percentiles and failures. Without {@code --url} it starts the service in this JVM on a free port.
 *
 * <pre>
 * java -cp server/target/test-classes:server/target/caselint.jar org.caselint.server.http.LoadGenerator \
 *      [--url http://localhost:7070] [--clients 8] [--seconds 20] [--warmup 5] [--words 300]
 * </pre>
 */
public final class LoadGenerator {
    /** Invented sentences, some clean and some with things caselint flags, mixed into each note. */
    static final String[] SENTENCES = {
        "I visited the family home at 10am as planned.",
        "Jayden answered the door and showed me his bedroom, which he shares with his brother.",
        "Mum said that she had been finding the mornings hard since her shifts changed.",
        "The CIN plan was discussed and Mum agreed to attend the next review.",
        "Dad was aggressive when I arrived.",
        "Jayden told me, \"I like it when Nan picks me up from school.\"",
        "The kitchen was clean and there was fresh food in the fridge.",
        "Contact with Dad will take place at the family centre on Saturday.",
        "School reported that his attendance has improved to 94% this term.",
        "Mum was hostile and would not engage with the plan.",
        "I explained that the LAC review would be held at the school.",
        "Jayden drew a picture of his family and talked about each person in it.",
        "The health visitor has no concerns about the baby's weight.",
        "Mum presented as tired but she made us both a cup of tea.",
        "We agreed that I would ring the school on Monday about the breakfast club.",
        "The placement is stable and the carers report that he is settling well.",
        "Jayden said he was worried about Mum when she cries.",
        "The home was chaotic and there were clothes on the floor of every room.",
        "I observed Mum helping Jayden with his reading book for ten minutes.",
        "Next steps: a core group meeting in four weeks and a home visit in two weeks.",
    };

    private LoadGenerator() { }

    /** Invented notes of at least {@code words} words, each a different mix of the sentences. */
    static List<String> notes(int count, int words, long seed) {
        Random rnd = new Random(seed);
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder sb = new StringBuilder("Home visit ").append(i + 1).append(".\n");
            int n = 3;
            while (n < words) {
                String s = SENTENCES[rnd.nextInt(SENTENCES.length)];
                sb.append(s).append(rnd.nextInt(5) == 0 ? "\n\n" : " ");
                n += s.split("\\s+").length;
            }
            notes.add(sb.toString().strip());
        }
        return notes;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        int clients = Integer.parseInt(opt.getOrDefault("clients", "8"));
        int seconds = Integer.parseInt(opt.getOrDefault("seconds", "20"));
        int warmup = Integer.parseInt(opt.getOrDefault("warmup", "5"));
        int words = Integer.parseInt(opt.getOrDefault("words", "300"));
        App inProcess = null;
        String url = opt.get("url");
        if (url == null) {
            inProcess = new App(Linter.standard(), ExampleCatalog.fromClasspath()).start("localhost", 0);
            url = "http://localhost:" + inProcess.port();
        }
        URI lint = URI.create(url + "/api/v1/lint");
        ObjectMapper json = new ObjectMapper();
        List<byte[]> bodies = new ArrayList<>();
        List<String> notes = notes(64, words, 42);
        for (int i = 0; i < notes.size(); i++) {
            bodies.add(json.writeValueAsBytes(Map.of("id", "load-" + i, "text", notes.get(i),
                    "subject", Map.of("name", "Jayden Smith"))));
        }
        double meanWords = notes.stream().mapToInt(n -> n.split("\\s+").length).average().orElse(0);

        long start = System.nanoTime();
        long measureFrom = start + warmup * 1_000_000_000L;
        long end = measureFrom + seconds * 1_000_000_000L;
        long[][] latencies = new long[clients][];
        int[] counts = new int[clients];
        AtomicLong failures = new AtomicLong();
        AtomicLong warmupRequests = new AtomicLong();
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            final int id = c;
            latencies[c] = new long[1 << 16];
            Thread t = new Thread(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5)).build();
                int i = id;
                try {
                    while (true) {
                        long t0 = System.nanoTime();
                        if (t0 >= end) break;
                        byte[] body = bodies.get(i++ % bodies.size());
                        boolean ok;
                        try {
                            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(lint).timeout(Duration.ofSeconds(30))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
                            ok = r.statusCode() == 200 && r.body().length > 0;
                        } catch (java.io.IOException e) {
                            ok = false;
                        }
                        long t1 = System.nanoTime();
                        if (t0 < measureFrom) {
                            warmupRequests.incrementAndGet();
                            continue;
                        }
                        if (!ok) failures.incrementAndGet();
                        if (counts[id] == latencies[id].length) latencies[id] = Arrays.copyOf(latencies[id], counts[id] * 2);
                        latencies[id][counts[id]++] = t1 - t0;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }, "load-client-" + c);
            t.start();
        }
        done.await();
        long measuredNanos = Math.max(1, System.nanoTime() - measureFrom);

        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int k = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(latencies[c], 0, all, k, counts[c]);
            k += counts[c];
        }
        Arrays.sort(all);
        System.out.printf(Locale.ROOT, "POST %s: %d clients, %.0f words per note on average, %d s measured after %d s warm-up (%d requests)%n",
                lint, clients, meanWords, seconds, warmup, warmupRequests.get());
        System.out.printf(Locale.ROOT, "requests %d, failures %d, %.1f requests/s%n", total, failures.get(), total / (measuredNanos / 1e9));
        System.out.printf(Locale.ROOT, "latency ms: median %.1f, p90 %.1f, p99 %.1f, max %.1f%n",
                pct(all, 50), pct(all, 90), pct(all, 99), all.length == 0 ? 0 : all[all.length - 1] / 1e6);
        System.out.printf(Locale.ROOT, "machine: %d processors, Java %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        if (inProcess != null) inProcess.stop();
        System.exit(failures.get() == 0 ? 0 : 1);
    }

    /** The p-th percentile in milliseconds (nearest rank). */
    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) return 0;
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> m = new java.util.HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: [--url URL] [--clients N] [--seconds N] [--warmup N] [--words N]");
            }
            m.put(args[i].substring(2), args[++i]);
        }
        return m;
    }
}
