package org.swarchive.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A multipart request whose file is over the size limit, as the filters after {@link MalformedRequests}
 * see it: its parameters are those of its address only (where the upload form carries its CSRF
 * token), and its parts are the size failure, which Spring turns into
 * {@link org.springframework.web.multipart.MaxUploadSizeExceededException} for the controller to
 * answer. Without it Tomcat throws on every read of a parameter, and the person would get a bare 400.
 */
final class TooLargeUpload extends HttpServletRequestWrapper {

    private final RuntimeException failure;
    private final Map<String, String[]> query;

    TooLargeUpload(HttpServletRequest request, RuntimeException failure) {
        super(request);
        this.failure = failure;
        this.query = Collections.unmodifiableMap(parse(request.getQueryString()));
    }

    /** Whether the request is a multipart one that failed only for its size. */
    static boolean is(HttpServletRequest request, Throwable failure) {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            return false;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (t.getClass().getSimpleName().contains("SizeLimitExceeded") || m.contains("exceed") && (m.contains("size") || m.contains("length"))) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String[]> parse(String queryString) {
        Map<String, String[]> out = new LinkedHashMap<>();
        if (queryString == null) {
            return out;
        }
        for (String pair : queryString.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            String[] before = out.getOrDefault(name, new String[0]);
            String[] now = java.util.Arrays.copyOf(before, before.length + 1);
            now[before.length] = value;
            out.put(name, now);
        }
        return out;
    }

    @Override
    public String getParameter(String name) {
        String[] values = query.get(name);
        return values == null ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return query;
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(query.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        return query.get(name);
    }

    @Override
    public Collection<Part> getParts() {
        throw new IllegalStateException(failure.getMessage(), failure);
    }

    @Override
    public Part getPart(String name) {
        throw new IllegalStateException(failure.getMessage(), failure);
    }
}
