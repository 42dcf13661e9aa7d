package org.swarchive.dashboard;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request whose parameters cannot be decoded ({@code ?lang=%FF}: not UTF-8) is answered 400 here,
 * first of all filters, with one line in the log. Left to go on, Tomcat throws on the first read of
 * a parameter — in whichever filter or controller comes first — and logs a 60-line stack trace
 * for each such request. The line names the path only: the query may hold anything a client sent.
 */
final class MalformedRequests extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(MalformedRequests.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParameterMap();
        } catch (IllegalStateException | IllegalArgumentException malformed) {
            if (TooLargeUpload.is(request, malformed)) {
                // Not malformed, only too large: the upload's controller says so in the page's words (GapUploadController).
                chain.doFilter(new TooLargeUpload(request, malformed), response);
                return;
            }
            LOG.warn("bad request: {} {}: parameters not decodable ({})", request.getMethod(), printable(request.getRequestURI()),
                    malformed.getClass().getSimpleName());
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The path as one printable line, at most 200 characters: a log line is never split or flooded by a client. */
    static String printable(String path) {
        String p = path == null ? "" : path.replaceAll("[\\p{Cntrl}\\s]", "?");
        return p.length() > 200 ? p.substring(0, 200) + "…" : p;
    }
}
