package org.swarchive.dashboard;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The names a request's {@code Host} may give: this computer's loopback names, the address the
 * server listens on, the names given with {@code --public-host}, and — when it listens on every
 * interface — this computer's own addresses and name. Anything else (a rebinding attack, a
 * forwarded request for another site) is refused before any page is drawn.
 */
public record HostNames(Set<String> names) implements Predicate<String> {

    public HostNames {
        names = Set.copyOf(names);
    }

    /** For a server listening on {@code address}, with the public names an operator gave. */
    public static HostNames of(String address, Set<String> publicHosts) {
        Set<String> all = new HashSet<>(Set.of("localhost", "127.0.0.1", "::1", "[::1]"));
        publicHosts.forEach(h -> all.add(h.strip().toLowerCase(Locale.ROOT)));
        all.add(address.toLowerCase(Locale.ROOT));
        all.add("[" + address.toLowerCase(Locale.ROOT) + "]");
        if (address.equals("0.0.0.0") || address.equals("::")) {
            try {
                for (NetworkInterface i : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                    for (InetAddress a : Collections.list(i.getInetAddresses())) {
                        String host = a.getHostAddress().replaceFirst("%.*$", "").toLowerCase(Locale.ROOT);
                        all.add(host);
                        all.add("[" + host + "]");
                    }
                }
                all.add(InetAddress.getLocalHost().getHostName().toLowerCase(Locale.ROOT));
            } catch (SocketException | java.net.UnknownHostException e) {
                // Only the loopback names and the public ones, then: the operator names the others.
            }
        }
        return new HostNames(all);
    }

    @Override
    public boolean test(String host) {
        return host != null && names.contains(host.toLowerCase(Locale.ROOT));
    }
}
