import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Throughput of the child portal (run by bench/portal.sh load; never in CI). N children, each with
 * its own code, session cookie and HttpClient (its own connection): a step is one POST of an
 * answer (durable save, 303) plus the GET of the next page it leads to. At the review page the
 * child goes back to the first question and answers again (same rows, saved again). Warm-up, then
 * a measured window; repeated; then the same for a bare endpoint on the same server.
 * Usage: java PortalLoad.java BASE [children] [warmupSeconds] [measureSeconds] [runs] [barePath]
 */
public class PortalLoad {
    static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]*)\"");
    static final Pattern REV = Pattern.compile("name=\"rev\" value=\"([^\"]*)\"");
    static final Pattern CHOICE = Pattern.compile("name=\"choice\" value=\"([^\"]*)\"");
    static final Pattern ACTION = Pattern.compile("<form method=\"post\" action=\"(/delaktig/portal/q/[^\"]+)\"");
    static final Pattern FIRST = Pattern.compile("href=\"(/delaktig/portal/q/[^\"]+)\"");

    public static void main(String[] a) throws Exception {
        String base = a[0];
        int children = a.length > 1 ? Integer.parseInt(a[1]) : 50;
        int warmup = a.length > 2 ? Integer.parseInt(a[2]) : 10;
        int measure = a.length > 3 ? Integer.parseInt(a[3]) : 60;
        int runs = a.length > 4 ? Integer.parseInt(a[4]) : 3;
        String bare = a.length > 5 ? a[5] : "/host/health";
        List<String> codes = codes(base, children);
        List<Child> kids = new ArrayList<>();
        for (String code : codes) {
            kids.add(new Child(base, code));
        }
        System.out.printf("%d children redeemed their codes; warm-up %d s, measured %d s, %d runs%n", kids.size(), warmup, measure, runs);
        double[] rate = new double[runs], p50 = new double[runs], p99 = new double[runs];
        for (int r = 0; r < runs; r++) {
            double[] res = run(kids.size(), warmup, measure, i -> kids.get(i).step());
            rate[r] = res[0]; p50[r] = res[1]; p99[r] = res[2];
            System.out.printf("answers run %d: %.0f answers/s, p50 %.1f ms, p99 %.1f ms, errors %d%n", r + 1, res[0], res[1], res[2], (long) res[3]);
        }
        System.out.printf("ANSWERS median of %d: %.0f answers/s, p50 %.1f ms, p99 %.1f ms%n", runs, median(rate), median(p50), median(p99));
        List<HttpClient> clients = new ArrayList<>();
        for (int i = 0; i < kids.size(); i++) {
            clients.add(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
        }
        HttpRequest health = HttpRequest.newBuilder(URI.create(base + bare)).timeout(Duration.ofSeconds(30)).build();
        double[] brate = new double[runs], b50 = new double[runs], b99 = new double[runs];
        for (int r = 0; r < runs; r++) {
            double[] res = run(clients.size(), warmup, measure, i -> {
                HttpResponse<Void> resp = clients.get(i).send(health, HttpResponse.BodyHandlers.discarding());
                if (resp.statusCode() != 200) {
                    throw new IllegalStateException("status " + resp.statusCode());
                }
            });
            brate[r] = res[0]; b50[r] = res[1]; b99[r] = res[2];
            System.out.printf("bare %s run %d: %.0f requests/s, p50 %.1f ms, p99 %.1f ms, errors %d%n", bare, r + 1, res[0], res[1], res[2], (long) res[3]);
        }
        System.out.printf("BARE %s median of %d: %.0f requests/s, p50 %.1f ms, p99 %.1f ms%n", bare, runs, median(brate), median(b50), median(b99));
    }

    interface Step {
        void run(int worker) throws Exception;
    }

    /** @return requests/s, p50 ms, p99 ms, errors over the measured window */
    static double[] run(int workers, int warmupSeconds, int measureSeconds, Step step) throws InterruptedException {
        long start = System.nanoTime();
        long measureFrom = start + warmupSeconds * 1_000_000_000L;
        long end = measureFrom + measureSeconds * 1_000_000_000L;
        long[][] latencies = new long[workers][];
        int[] counts = new int[workers];
        AtomicLong errors = new AtomicLong();
        Thread[] threads = new Thread[workers];
        for (int w = 0; w < workers; w++) {
            int id = w;
            latencies[w] = new long[1 << 16];
            threads[w] = new Thread(() -> {
                while (true) {
                    long t0 = System.nanoTime();
                    if (t0 >= end) {
                        return;
                    }
                    boolean ok = true;
                    try {
                        step.run(id);
                    } catch (Exception e) {
                        ok = false;
                    }
                    long t1 = System.nanoTime();
                    if (t0 >= measureFrom && t1 <= end) {
                        if (!ok) {
                            errors.incrementAndGet();
                        } else {
                            if (counts[id] == latencies[id].length) {
                                latencies[id] = Arrays.copyOf(latencies[id], counts[id] * 2);
                            }
                            latencies[id][counts[id]++] = t1 - t0;
                        }
                    }
                }
            });
            threads[w].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int k = 0;
        for (int w = 0; w < workers; w++) {
            System.arraycopy(latencies[w], 0, all, k, counts[w]);
            k += counts[w];
        }
        Arrays.sort(all);
        return new double[] {total / (double) measureSeconds, pct(all, 0.50), pct(all, 0.99), errors.get()};
    }

    static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? Double.NaN : sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1e6;
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    /** Codes from caseworker anna through the staff REST API, print channel, spread over her cases. */
    static List<String> codes(String base, int n) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String login = get(http, base + "/host/login");
        Matcher token = Pattern.compile("name=\"login_token\" value=\"([^\"]+)\"").matcher(login);
        if (!token.find()) {
            throw new IllegalStateException("no login form");
        }
        http.send(HttpRequest.newBuilder(URI.create(base + "/host/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=anna&password=delaktig-demo&login_token="
                        + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.discarding());
        Matcher m = Pattern.compile("href=\"/host/cases/([^\"]+)\"").matcher(get(http, base + "/host/"));
        List<String> cases = new ArrayList<>();
        while (m.find()) {
            cases.add(m.group(1));
        }
        if (cases.isEmpty()) {
            throw new IllegalStateException("anna has no cases");
        }
        List<String> codes = new ArrayList<>();
        Pattern code = Pattern.compile("\"shortCode\"\\s*:\\s*\"([^\"]+)\"");
        for (int i = 0; codes.size() < n && i < 10 * n + cases.size(); i++) { // closed cases refuse: skip them
            String body = http.send(HttpRequest.newBuilder(URI.create(base + "/delaktig/api/cases/" + cases.get(i % cases.size()) + "/invitations"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"channelId\":\"print\",\"idempotencyKey\":\"" + UUID.randomUUID() + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher c = code.matcher(body);
            if (c.find()) {
                codes.add(c.group(1));
            }
        }
        if (codes.size() < n) {
            throw new IllegalStateException("only " + codes.size() + " codes from " + cases.size() + " cases");
        }
        return codes;
    }

    static String get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** One child: its own client (connection) and cookie jar; holds the page it is on. */
    static final class Child {
        final String base;
        final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        final String first;
        String page;

        Child(String base, String code) throws Exception {
            this.base = base;
            HttpResponse<String> r = post("/delaktig/portal/", "lang=sv&code=" + URLEncoder.encode(code, StandardCharsets.UTF_8));
            String location = r.headers().firstValue("Location").orElse("");
            if (!location.endsWith("/intro")) {
                throw new IllegalStateException("code refused: " + r.statusCode() + " " + location);
            }
            Matcher m = FIRST.matcher(getPage("/delaktig/portal/intro"));
            if (!m.find()) {
                throw new IllegalStateException("no start link on /intro");
            }
            first = m.group(1);
            page = getPage(first);
        }

        void step() throws Exception {
            Matcher action = ACTION.matcher(page);
            if (!action.find()) { // review, help or anything else: start over at the first question
                page = getPage(first);
                action = ACTION.matcher(page);
                if (!action.find()) {
                    throw new IllegalStateException("no question form");
                }
            }
            StringBuilder form = new StringBuilder("action=next");
            add(form, "csrf", CSRF.matcher(page));
            add(form, "rev", REV.matcher(page));
            add(form, "choice", CHOICE.matcher(page));
            HttpResponse<String> r = post(action.group(1), form.toString());
            if (r.statusCode() != 303) {
                page = "";
                throw new IllegalStateException("answer refused: " + r.statusCode());
            }
            page = getPage(URI.create(base).resolve(r.headers().firstValue("Location").orElseThrow()).getRawPath());
        }

        static void add(StringBuilder form, String name, Matcher m) {
            if (m.find()) {
                form.append('&').append(name).append('=').append(URLEncoder.encode(m.group(1), StandardCharsets.UTF_8));
            }
        }

        HttpResponse<String> post(String path, String body) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        String getPage(String path) throws Exception {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(path + " gave " + r.statusCode());
            }
            return r.body();
        }
    }
}
