package org.swarchive.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.web.authentication.preauth.AbstractPreAuthenticatedProcessingFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * Share's node endpoints on behalf of Share's signed-in user: Share's {@code alfresco} connector
 * appends the user's ticket as {@code ?alf_ticket=…} (docs/alfresco.md, "Who Share acts as"). The
 * ticket is handed to the sign-in, which asks the repository whose it is; the request is then that
 * person's, for this request only (no session). A ticket the repository does not take leaves the
 * request anonymous: 401.
 */
final class ShareTicket extends AbstractPreAuthenticatedProcessingFilter {

    static final String PARAMETER = "alf_ticket";

    ShareTicket(AuthenticationManager manager) {
        setAuthenticationManager(manager);
        setRequiresAuthenticationRequestMatcher(ShareTicket::carriesTicket);
        setContinueFilterChainOnUnsuccessfulAuthentication(true);
        setSecurityContextRepository(new RequestAttributeSecurityContextRepository());
    }

    /** A POST to Share's node endpoints with a ticket in the query. */
    static boolean carriesTicket(HttpServletRequest r) {
        return "POST".equals(r.getMethod()) && r.getRequestURI().substring(r.getContextPath().length()).startsWith("/api/v1/nodes/")
                && r.getParameter(PARAMETER) != null;
    }

    @Override
    protected Object getPreAuthenticatedPrincipal(HttpServletRequest request) {
        // Who it is, the repository says; the ticket itself is never a name (names end up in logs).
        return "share";
    }

    @Override
    protected Object getPreAuthenticatedCredentials(HttpServletRequest request) {
        return request.getParameter(PARAMETER);
    }
}
