package org.swarchive.store.alfresco;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.swarchive.i18n.Message;
import org.swarchive.store.StoreException;

/**
 * An {@code alfresco:URL} store: the repository's base URL and, for commands on one station,
 * the station's site, written the way Share shows it: {@code http://acs:8080/sites/swa-jn01}.
 */
public record AlfrescoLocation(String baseUrl, Optional<String> siteId) {

    private static final String SITES = "/sites/";

    public static AlfrescoLocation parse(String url) {
        URI uri;
        try {
            uri = URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            throw invalid(url);
        }
        if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
            throw invalid(url);
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        String site = null;
        int at = path.indexOf(SITES);
        if (at >= 0) {
            site = path.substring(at + SITES.length()).replaceAll("/+$", "");
            path = path.substring(0, at);
        }
        // The SDK appends /alfresco/api/...: a base given with /alfresco would double it.
        path = path.replaceAll("/+$", "").replaceAll("/alfresco$", "");
        String base = uri.getScheme() + "://" + uri.getRawAuthority() + path;
        return new AlfrescoLocation(base, Optional.ofNullable(site).filter(s -> !s.isBlank()));
    }

    /** The site a station code gets: {@code JN01} → {@code swa-jn01} (site ids allow letters, digits and "-"). */
    public static String siteIdOf(String stationCode) {
        return "swa-" + stationCode.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
    }

    public String site() {
        return siteId.orElseThrow(() -> new StoreException(AlfrescoClient.reason(Message.of("alfresco.location.no-site", baseUrl)),
                null));
    }

    public AlfrescoLocation withSite(String site) {
        return new AlfrescoLocation(baseUrl, Optional.of(site));
    }

    public String describe() {
        return "alfresco:" + baseUrl + siteId.map(s -> SITES + s).orElse("");
    }

    private static StoreException invalid(String url) {
        return new StoreException(AlfrescoClient.reason(Message.of("alfresco.location.invalid", url)), null);
    }
}
