package se.delaktig.portal.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The client address the redemption rate limiter counts by: the socket peer, or, only when that
 * peer is a configured trusted proxy, the right-most address in the one configured header
 * ({@code X-Forwarded-For} or {@code Forwarded}, RFC 7239) that is not itself a trusted proxy.
 * Anything left of that is the client's own say and never believed; a header that does not parse
 * falls back to the peer. The other header is never read: a proxy that sets one passes a
 * browser's own copy of the other through unchanged.
 */
final class ClientAddress {

    /** The header the trusted proxies set. */
    enum Header {
        X_FORWARDED_FOR("X-Forwarded-For"), FORWARDED("Forwarded");

        private final String headerName;

        Header(String headerName) {
            this.headerName = headerName;
        }

        String headerName() {
            return headerName;
        }

        /** @return the header so named (case-insensitive, as HTTP header names are), or empty */
        static Optional<Header> named(String name) {
            for (Header h : values()) {
                if (name != null && h.headerName.equalsIgnoreCase(name.strip())) {
                    return Optional.of(h);
                }
            }
            return Optional.empty();
        }
    }

    /** More hops than any real chain; a longer header is treated as garbage. */
    private static final int MAX_HOPS = 32;
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final Pattern IPV4_PORT = Pattern.compile("([0-9.]+):\\d{1,5}");
    private static final Pattern BRACKETED = Pattern.compile("\\[([0-9A-Fa-f:.]+)](:\\d{1,5})?");

    /** An address range: the network's bytes and how many leading bits must match. */
    record Range(byte[] network, int bits) {
        boolean contains(InetAddress address) {
            byte[] a = address.getAddress();
            if (a.length != network.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >>> (i % 8);
                if ((a[i / 8] & mask) != (network[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Range> trusted;
    private final Header header;

    private ClientAddress(List<Range> trusted, Header header) {
        this.trusted = trusted;
        this.header = Objects.requireNonNull(header, "header");
    }

    /**
     * @param entries addresses ({@code 10.0.0.5}, {@code ::1}) and CIDR ranges ({@code 10.0.0.0/8},
     *                {@code 2001:db8::/32}); null or empty trusts no proxy
     * @param header  the one header those proxies set; only it is read
     * @param invalid told each entry that is neither, which is then left out (trusts less, never more)
     */
    static ClientAddress trusting(String[] entries, Header header, Consumer<String> invalid) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : entries == null ? new String[0] : entries) {
            if (entry != null && !entry.isBlank()) {
                try {
                    ranges.add(range(entry.strip()));
                } catch (IllegalArgumentException e) {
                    invalid.accept(entry);
                }
            }
        }
        return new ClientAddress(List.copyOf(ranges), header);
    }

    static Range range(String entry) {
        int slash = entry.indexOf('/');
        InetAddress network = literal(slash < 0 ? entry : entry.substring(0, slash))
                .orElseThrow(() -> new IllegalArgumentException("not an address or CIDR range: " + entry));
        int max = network.getAddress().length * 8;
        int bits = max;
        if (slash >= 0) {
            String prefix = entry.substring(slash + 1);
            bits = prefix.matches("\\d{1,3}") ? Integer.parseInt(prefix) : -1;
            if (bits < 0 || bits > max) {
                throw new IllegalArgumentException("not an address or CIDR range: " + entry);
            }
        }
        return new Range(network.getAddress(), bits);
    }

    /**
     * @param peer          the socket peer ({@code getRemoteAddr()})
     * @param forwarded     the {@code Forwarded} header lines, in order (may be null); read only when
     *                      that is the configured header
     * @param xForwardedFor the {@code X-Forwarded-For} header lines, in order (may be null); read only
     *                      when that is the configured header
     */
    String of(String peer, Enumeration<String> forwarded, Enumeration<String> xForwardedFor) {
        Optional<InetAddress> peerAddress = literal(peer);
        if (peerAddress.isEmpty() || !isTrusted(peerAddress.get())) {
            return peerAddress.map(InetAddress::getHostAddress).orElse(peer);
        }
        Optional<List<InetAddress>> hops = header == Header.FORWARDED
                ? Optional.ofNullable(joined(forwarded)).flatMap(ClientAddress::forwardedFor)
                : Optional.ofNullable(joined(xForwardedFor)).flatMap(ClientAddress::xForwardedFor);
        if (hops.isEmpty() || hops.get().isEmpty()) {
            return peerAddress.get().getHostAddress();
        }
        List<InetAddress> list = hops.get();
        for (int i = list.size() - 1; i > 0; i--) {
            if (!isTrusted(list.get(i))) {
                return list.get(i).getHostAddress();
            }
        }
        return list.get(0).getHostAddress(); // every hop is ours: the request began inside
    }

    private boolean isTrusted(InetAddress address) {
        return trusted.stream().anyMatch(r -> r.contains(address));
    }

    private static String joined(Enumeration<String> lines) {
        if (lines == null || !lines.hasMoreElements()) {
            return null;
        }
        return String.join(",", Collections.list(lines));
    }

    /** The {@code for=} of every element, left to right; empty when any element lacks a usable one. */
    static Optional<List<InetAddress>> forwardedFor(String header) {
        List<InetAddress> hops = new ArrayList<>();
        for (String element : header.split(",", -1)) {
            Optional<InetAddress> hop = Optional.empty();
            for (String pair : element.split(";", -1)) {
                int eq = pair.indexOf('=');
                if (eq > 0 && pair.substring(0, eq).strip().equalsIgnoreCase("for")) {
                    hop = node(unquote(pair.substring(eq + 1).strip()));
                }
            }
            if (hop.isEmpty() || hops.size() == MAX_HOPS) {
                return Optional.empty(); // "unknown", "_hidden", no for=, or garbage: nothing to trust
            }
            hops.add(hop.get());
        }
        return Optional.of(hops);
    }

    static Optional<List<InetAddress>> xForwardedFor(String header) {
        List<InetAddress> hops = new ArrayList<>();
        for (String item : header.split(",", -1)) {
            Optional<InetAddress> hop = node(item.strip());
            if (hop.isEmpty() || hops.size() == MAX_HOPS) {
                return Optional.empty();
            }
            hops.add(hop.get());
        }
        return Optional.of(hops);
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }

    /** An address as a proxy writes it: {@code 192.0.2.1}, {@code 192.0.2.1:4711}, {@code 2001:db8::1}, {@code [2001:db8::1]:4711}. */
    private static Optional<InetAddress> node(String value) {
        var bracketed = BRACKETED.matcher(value);
        if (bracketed.matches()) {
            return literal(bracketed.group(1));
        }
        var withPort = IPV4_PORT.matcher(value);
        return literal(withPort.matches() ? withPort.group(1) : value);
    }

    /**
     * A literal IPv4 or IPv6 address, never a name: the syntax is checked first, so
     * {@link InetAddress#getByName} does no DNS lookup.
     */
    static Optional<InetAddress> literal(String value) {
        if (value == null || value.isEmpty() || value.length() > 45) {
            return Optional.empty();
        }
        String v = value.startsWith("[") && value.endsWith("]") ? value.substring(1, value.length() - 1) : value;
        if (!IPV4.matcher(v).matches() && !IPV6.matcher(v).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(v));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
