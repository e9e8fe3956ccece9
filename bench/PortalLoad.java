import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answering throughput of the child portal (run by {@code bench/portal.sh load}; never in CI), as
 * issue 5 defines it: N simulated children, each with its own code, session cookie and connection
 * (one kept-alive socket each); each step a POST of one answer that returns the next question page;
 * warm-up, then a measured window; the median of several runs; answers per second, p50 and p99;
 * and, in the same run, the request rate of a bare endpoint on the same server.
 *
 * <p>Two ways of answering, each measured on its own in every run:
 * <ul>
 * <li>{@code script} (the main figure): the post the portal's script sends ({@code X-Requested-With:
 * delaktig}), answered 200 with the next page and {@code Content-Location}: one request per answer,
 * what a phone with JavaScript does;</li>
 * <li>{@code plain}: the same post without the header, as without JavaScript: 303, then the GET of
 * the next page (the answer's latency is both requests).</li>
 * </ul>
 *
 * <p>A child picks a random option on a choice question (so branching, follow-ups, safety-net pages
 * and the deletion of answers a changed answer hides all happen), types "ok" into a text question,
 * and presses Next on an information page. Only a post that carries an answer counts as an answer;
 * the posts of information pages and the GETs of a child who reached the review or a page without a
 * question form (it then opens the first question again and answers it anew, as a child changing
 * answers; the rows are updated) are made but reported apart as "other requests". A reply that is
 * not the expected one (status, missing {@code Content-Location}, an exception) is an error, never
 * an answer, and the child starts over from the first question.
 *
 * <p>Before run 1 each answering mode runs once for twice the warm-up, not measured: a fresh
 * server's JIT compiles for well over 10 s on two shared cores, and run 1 would otherwise measure
 * the compiler rather than the portal.
 *
 * <p>The children speak HTTP/1.1 over plain sockets (keep-alive, Content-Length and chunked bodies,
 * one cookie jar each) rather than {@code java.net.http.HttpClient}, whose selector and executor
 * threads per client cost a large share of the same two cores the server runs on. Codes come from
 * the staff REST API (caseworker anna, print channel) before the measuring starts.
 *
 * <p>Usage: {@code java PortalLoad.java BASE [children] [warmupSeconds] [measureSeconds] [runs]
 * [barePath] [modes]} where modes is a comma list of {@code script,plain,bare} (default all three).
 */
public class PortalLoad {
    static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]*)\"");
    static final Pattern REV = Pattern.compile("name=\"rev\" value=\"([^\"]*)\"");
    static final Pattern CHOICE = Pattern.compile("name=\"choice\" value=\"([^\"]*)\"");
    static final Pattern TEXT = Pattern.compile("name=\"text\"");
    static final Pattern ACTION = Pattern.compile("<form method=\"post\" action=\"(/delaktig/portal/q/[^\"]+)\"");
    static final Pattern FIRST = Pattern.compile("href=\"(/delaktig/portal/q/[^\"]+)\"");

    public static void main(String[] a) throws Exception {
        String base = a[0];
        int children = a.length > 1 ? Integer.parseInt(a[1]) : 50;
        int warmup = a.length > 2 ? Integer.parseInt(a[2]) : 10;
        int measure = a.length > 3 ? Integer.parseInt(a[3]) : 60;
        int runs = a.length > 4 ? Integer.parseInt(a[4]) : 3;
        String bare = a.length > 5 ? a[5] : "/host/health";
        List<String> modes = List.of((a.length > 6 ? a[6] : "script,plain,bare").split(","));
        URI uri = URI.create(base);
        List<String> codes = codes(base, children);
        List<Child> kids = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            kids.add(new Child(uri, codes.get(i), i));
        }
        List<Conn> bareConns = new ArrayList<>();
        for (int i = 0; i < children; i++) {
            bareConns.add(new Conn(uri));
        }
        System.out.printf("%d children redeemed their codes; warm-up %d s, measured %d s, %d runs, modes %s%n",
                kids.size(), warmup, measure, runs, modes);
        Map<String, double[][]> results = new LinkedHashMap<>();
        for (String mode : modes) {
            results.put(mode, new double[runs][]);
        }
        // A fresh server's JIT needs more than one warm-up on two shared cores: before run 1, each
        // answering mode once for twice the warm-up, not measured, so that run 1 of the first mode
        // is not the compiler's alone (the per-run warm-up below is still the 10 s).
        for (String mode : modes) {
            if (!mode.equals("bare")) {
                double[] res = run(kids.size(), 0, 2 * warmup, step(mode, kids, bareConns, bare));
                System.out.printf("JIT warm-up %s: %.0f answers/s, errors %d (not counted)%n", mode, res[0], (long) res[3]);
            }
        }
        for (int r = 0; r < runs; r++) {
            for (String mode : modes) {
                double[] res = run(kids.size(), warmup, measure, step(mode, kids, bareConns, bare));
                results.get(mode)[r] = res;
                System.out.printf("%s run %d: %.0f %s/s, p50 %.1f ms, p99 %.1f ms, errors %d, other requests %.0f/s  [%s]%n",
                        label(mode, bare), r + 1, res[0], mode.equals("bare") ? "requests" : "answers", res[1], res[2],
                        (long) res[3], res[4], load());
            }
        }
        for (String mode : modes) {
            double[][] v = results.get(mode);
            System.out.printf("%s median of %d: %.0f %s/s, p50 %.1f ms, p99 %.1f ms, errors %d%n",
                    label(mode, bare).toUpperCase(Locale.ROOT), runs, median(v, 0),
                    mode.equals("bare") ? "requests" : "answers", median(v, 1), median(v, 2),
                    (long) Arrays.stream(v).mapToDouble(x -> x[3]).sum());
        }
    }

    static Step step(String mode, List<Child> kids, List<Conn> bareConns, String bare) {
        return switch (mode) {
            case "script" -> i -> kids.get(i).step(true);
            case "plain" -> i -> kids.get(i).step(false);
            case "bare" -> i -> {
                long t0 = System.nanoTime();
                Resp resp = bareConns.get(i).send("GET", bare, null, null);
                if (resp.status != 200) {
                    throw new IllegalStateException("status " + resp.status);
                }
                return System.nanoTime() - t0;
            };
            default -> throw new IllegalArgumentException("mode " + mode);
        };
    }

    static String label(String mode, String bare) {
        return switch (mode) {
            case "script" -> "answers (script: 1 POST -> 200 next page)";
            case "plain" -> "answers (no script: POST -> 303 + GET)";
            default -> "bare " + bare;
        };
    }

    static String load() {
        try {
            return "load " + new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/proc/loadavg")),
                    StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            return "load ?";
        }
    }

    interface Step {
        /** @return the nanoseconds of one counted request (an answer), or -1 for another request */
        long run(int worker) throws Exception;
    }

    /** @return counted per s, p50 ms, p99 ms, errors, other requests per s over the measured window */
    static double[] run(int workers, int warmupSeconds, int measureSeconds, Step step) throws InterruptedException {
        long start = System.nanoTime();
        long measureFrom = start + warmupSeconds * 1_000_000_000L;
        long end = measureFrom + measureSeconds * 1_000_000_000L;
        long[][] latencies = new long[workers][];
        int[] counts = new int[workers];
        AtomicLong errors = new AtomicLong();
        AtomicLong others = new AtomicLong();
        Thread[] threads = new Thread[workers];
        for (int w = 0; w < workers; w++) {
            int id = w;
            latencies[w] = new long[1 << 14];
            threads[w] = new Thread(() -> {
                while (true) {
                    long t0 = System.nanoTime();
                    if (t0 >= end) {
                        return;
                    }
                    long took;
                    try {
                        took = step.run(id);
                    } catch (Exception e) {
                        took = Long.MIN_VALUE;
                    }
                    long t1 = System.nanoTime();
                    if (t0 >= measureFrom && t1 <= end) {
                        if (took == Long.MIN_VALUE) {
                            errors.incrementAndGet();
                        } else if (took < 0) {
                            others.incrementAndGet();
                        } else {
                            if (counts[id] == latencies[id].length) {
                                latencies[id] = Arrays.copyOf(latencies[id], counts[id] * 2);
                            }
                            latencies[id][counts[id]++] = took;
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
        return new double[] {total / (double) measureSeconds, pct(all, 0.50), pct(all, 0.99), errors.get(),
                others.get() / (double) measureSeconds};
    }

    static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? Double.NaN : sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1e6;
    }

    static double median(double[][] runs, int column) {
        double[] s = Arrays.stream(runs).mapToDouble(r -> r[column]).sorted().toArray();
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

    /** One child: its own connection and cookie jar, and the page it is on. */
    static final class Child {
        final Conn conn;
        final Random random;
        final String first;
        String page;

        Child(URI base, String code, int seed) throws Exception {
            conn = new Conn(base);
            random = new Random(seed);
            Resp r = conn.send("POST", "/delaktig/portal/", null, "lang=sv&code=" + URLEncoder.encode(code, StandardCharsets.UTF_8));
            String location = r.header("location");
            if (r.status != 303 || location == null || !location.endsWith("/intro")) {
                throw new IllegalStateException("code refused: " + r.status + " " + location);
            }
            Matcher m = FIRST.matcher(getPage("/delaktig/portal/intro"));
            if (!m.find()) {
                throw new IllegalStateException("no start link on /intro");
            }
            first = m.group(1);
            page = getPage(first);
        }

        /**
         * @param script post as the portal's script does (next page in the reply) or as a plain form (303 + GET)
         * @return the nanoseconds of an answer, or -1 for a request that saved no answer
         */
        long step(boolean script) throws Exception {
            Matcher action = ACTION.matcher(page);
            if (!action.find()) { // the review (or a page without a question form): back to the first question
                page = "";
                page = getPage(first);
                return -1;
            }
            StringBuilder form = new StringBuilder("action=next");
            add(form, "csrf", CSRF.matcher(page));
            add(form, "rev", REV.matcher(page));
            List<String> options = new ArrayList<>();
            for (Matcher c = CHOICE.matcher(page); c.find(); ) {
                options.add(c.group(1));
            }
            boolean answer = false;
            if (!options.isEmpty()) {
                form.append("&choice=").append(URLEncoder.encode(options.get(random.nextInt(options.size())), StandardCharsets.UTF_8));
                answer = true;
            } else if (TEXT.matcher(page).find()) {
                form.append("&text=ok");
                answer = true;
            }
            String path = action.group(1);
            page = ""; // whatever fails below, the next step starts over from the first question
            long t0 = System.nanoTime();
            Resp r = conn.send("POST", path, script ? "X-Requested-With: delaktig\r\n" : null, form.toString());
            if (script) {
                if (r.status != 200 || r.header("content-location") == null) {
                    throw new IllegalStateException("script post of " + path + ": " + r.status + " " + r.header("location"));
                }
                page = r.body;
            } else {
                String location = r.header("location");
                if (r.status != 303 || location == null) {
                    throw new IllegalStateException("post of " + path + ": " + r.status);
                }
                page = getPage(URI.create("http://x").resolve(location).getRawPath());
            }
            long took = System.nanoTime() - t0;
            return answer ? took : -1;
        }

        static void add(StringBuilder form, String name, Matcher m) {
            if (m.find()) {
                form.append('&').append(name).append('=').append(URLEncoder.encode(m.group(1), StandardCharsets.UTF_8));
            }
        }

        String getPage(String path) throws IOException {
            Resp r = conn.send("GET", path, null, null);
            if (r.status != 200) {
                throw new IllegalStateException(path + " gave " + r.status);
            }
            return r.body;
        }
    }

    record Resp(int status, Map<String, String> headers, String body) {
        String header(String lowerCaseName) {
            return headers.get(lowerCaseName);
        }
    }

    /**
     * HTTP/1.1 on one kept-alive socket, with a cookie jar: enough for the portal (Content-Length or
     * chunked bodies, no compression asked for). Reconnects when the server closed the connection.
     */
    static final class Conn {
        final String host;
        final int port;
        final Map<String, String> cookies = new LinkedHashMap<>();
        Socket socket;
        InputStream in;
        OutputStream out;

        Conn(URI base) {
            host = base.getHost();
            port = base.getPort() < 0 ? 80 : base.getPort();
        }

        Resp send(String method, String path, String extraHeaders, String form) throws IOException {
            if (socket == null) {
                socket = new Socket();
                socket.setTcpNoDelay(true);
                socket.setSoTimeout(30_000);
                socket.connect(new InetSocketAddress(host, port), 10_000);
                in = new BufferedInputStream(socket.getInputStream(), 32 * 1024);
                out = socket.getOutputStream();
            }
            try {
                byte[] body = form == null ? null : form.getBytes(StandardCharsets.UTF_8);
                StringBuilder req = new StringBuilder(256).append(method).append(' ').append(path)
                        .append(" HTTP/1.1\r\nHost: ").append(host).append(':').append(port)
                        .append("\r\nUser-Agent: PortalLoad\r\nAccept: text/html\r\n");
                if (!cookies.isEmpty()) {
                    req.append("Cookie: ");
                    String sep = "";
                    for (Map.Entry<String, String> c : cookies.entrySet()) {
                        req.append(sep).append(c.getKey()).append('=').append(c.getValue());
                        sep = "; ";
                    }
                    req.append("\r\n");
                }
                if (extraHeaders != null) {
                    req.append(extraHeaders);
                }
                if (body != null) {
                    req.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ").append(body.length).append("\r\n");
                }
                req.append("\r\n");
                out.write(req.toString().getBytes(StandardCharsets.ISO_8859_1));
                if (body != null) {
                    out.write(body);
                }
                out.flush();
                return read(method);
            } catch (IOException | RuntimeException e) {
                close();
                throw e;
            }
        }

        private Resp read(String method) throws IOException {
            String status = line();
            int code = Integer.parseInt(status.substring(9, 12));
            Map<String, String> headers = new HashMap<>();
            for (String h = line(); !h.isEmpty(); h = line()) {
                int colon = h.indexOf(':');
                String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = h.substring(colon + 1).trim();
                if (name.equals("set-cookie")) {
                    cookie(value);
                } else {
                    headers.putIfAbsent(name, value);
                }
            }
            byte[] body;
            if (method.equals("HEAD") || code == 204 || code == 304) {
                body = new byte[0];
            } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                ByteArrayOutputStream b = new ByteArrayOutputStream(16 * 1024);
                for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
                        size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
                    b.write(in.readNBytes(size));
                    line();
                }
                while (!line().isEmpty()) { // trailers
                }
                body = b.toByteArray();
            } else if (headers.containsKey("content-length")) {
                int length = Integer.parseInt(headers.get("content-length"));
                body = in.readNBytes(length);
                if (body.length < length) {
                    throw new EOFException("body cut short");
                }
            } else {
                body = in.readAllBytes();
                close();
            }
            if ("close".equalsIgnoreCase(headers.get("connection"))) {
                close();
            }
            return new Resp(code, headers, new String(body, StandardCharsets.UTF_8));
        }

        private void cookie(String setCookie) {
            String pair = setCookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            String name = pair.substring(0, eq).trim();
            String value = pair.substring(eq + 1).trim();
            if (value.isEmpty() || setCookie.toLowerCase(Locale.ROOT).contains("max-age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }

        private String line() throws IOException {
            StringBuilder b = new StringBuilder(64);
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new EOFException("connection closed");
                }
                if (c != '\r') {
                    b.append((char) c);
                }
            }
            return b.toString();
        }

        void close() {
            try {
                if (socket != null) {
                    socket.close();
                }
            } catch (IOException ignored) {
                // closing anyway
            }
            socket = null;
        }
    }
}
