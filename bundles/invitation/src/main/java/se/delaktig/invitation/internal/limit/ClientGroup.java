package se.delaktig.invitation.internal.limit;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The group a client address is counted in. An IPv6 client usually holds a whole /64 and can pick a
 * new address in it for every try, so IPv6 addresses count by their /64 prefix; IPv4 addresses
 * (also IPv4-mapped IPv6) count one by one. Anything else counts as the text it is.
 */
final class ClientGroup {
    // literals only: a name must never trigger a DNS lookup from the rate limiter
    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private ClientGroup() {
    }

    static String of(String client) {
        if (client == null) {
            return "";
        }
        String address = client.startsWith("[") && client.endsWith("]") ? client.substring(1, client.length() - 1) : client;
        int zone = address.indexOf('%');
        if (zone >= 0) {
            address = address.substring(0, zone);
        }
        if (address.indexOf(':') < 0 || !IPV6_LITERAL.matcher(address).matches()) {
            return client;
        }
        try {
            InetAddress parsed = InetAddress.getByName(address);
            if (parsed instanceof Inet4Address) {
                return parsed.getHostAddress();
            }
            byte[] prefix = Arrays.copyOf(parsed.getAddress(), 8);
            return InetAddress.getByAddress(Arrays.copyOf(prefix, 16)).getHostAddress() + "/64";
        } catch (UnknownHostException e) {
            return client;
        }
    }
}
