package org.swarchive.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.swarchive.access.AccountRole;

/**
 * Who may ask the dashboard anything (issue 14): every page, file and JSON answer needs a
 * signed-in person. Pages send a stranger to the sign-in form; the JSON API and files answer
 * {@code 401} and accept HTTP Basic (for scripts and Share). Sessions are cookies Spring Security
 * keeps ({@code HttpOnly}, {@code SameSite=Lax}: swa-dashboard.properties); every state-changing
 * form carries a CSRF token, except Share's node endpoints called server to server with their
 * own credentials and no browser origin. Repeated failures lock the account name
 * ({@link LockOut}). Every answer carries the security headers; a {@code Host} the server was not
 * told about is refused ({@link HostNames}). What a signed-in person may then read is the access
 * policy's decision, asked by the controllers ({@link Viewer}).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class DashboardSecurity {

    /**
     * Scripts only from the dashboard itself (the worksheet's {@code worksheet.js}), never inline;
     * styles are inline in the page's head; nothing may frame a page.
     */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /** The JSON API and files: asked by scripts and Share, so they answer 401 rather than a sign-in page. */
    static final RequestMatcher API_OR_FILES = r -> path(r).startsWith("/api/") || path(r).endsWith("/files");

    /**
     * Share's node endpoints, called server to server: they authenticate with their own
     * credentials (an {@code Authorization} header or Share's {@code alf_ticket}, which a cross-site
     * form cannot send) or none at all (no cookie: nothing to abuse, so the answer is 401), and no
     * browser {@code Origin}; anything else posting there needs the CSRF token like every form.
     */
    static final RequestMatcher SERVER_TO_SERVER = r -> path(r).startsWith("/api/v1/nodes/")
            && (r.getHeader("Authorization") != null || ShareTicket.carriesTicket(r) || r.getHeader("Cookie") == null)
            && r.getHeader("Origin") == null;

    /** Share's node endpoints: whatever refuses a request there answers with a message Share shows, in both languages. */
    static final RequestMatcher SHARE_NODES = r -> path(r).startsWith("/api/v1/nodes/");

    private static String path(HttpServletRequest r) {
        return r.getRequestURI().substring(r.getContextPath().length());
    }

    @Bean
    SecurityFilterChain dashboardChain(HttpSecurity http, Dashboard dashboard) throws Exception {
        BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
        basic.setRealmName("swa");
        basic.afterPropertiesSet();
        LoginUrlAuthenticationEntryPoint form = new LoginUrlAuthenticationEntryPoint("/login");
        AuthenticationEntryPoint entry = (request, response, e) -> {
            if (SHARE_NODES.matches(request)) {
                basic.commence(request, new jakarta.servlet.http.HttpServletResponseWrapper(response) {
                    @Override
                    public void sendError(int sc, String msg) throws java.io.IOException {
                        refuse(response, sc, "dashboard.node.sign-in-needed");
                    }
                }, e);
            } else if (API_OR_FILES.matches(request)) {
                basic.commence(request, response, e);
            } else {
                form.commence(request, response, e);
            }
        };
        String[] staff = {role(AccountRole.STATION_HEAD), role(AccountRole.ARCHIVIST), role(AccountRole.SOCIAL_WORKER),
                role(AccountRole.FINANCE)};
        LockOut signIn = new LockOut(dashboard.signIn(), dashboard.board()::now);
        http.authenticationProvider(signIn)
                .addFilterBefore(new ShareTicket(new org.springframework.security.authentication.ProviderManager(signIn)),
                        org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/error").permitAll()
                        // Share's File now and readiness check: the station's managers (read-only roles never write).
                        .requestMatchers(HttpMethod.POST, "/api/v1/nodes/**").hasAnyRole(role(AccountRole.STATION_HEAD), role(AccountRole.ARCHIVIST))
                        .requestMatchers(HttpMethod.POST, "/stations/*/recheck").hasAnyRole(staff)
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").failureUrl("/login?error").permitAll())
                .httpBasic(b -> b.realmName("swa").authenticationEntryPoint(basic))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                // Not defaultAccessDeniedHandlerFor: with a single mapping Spring uses it for every request, and
                // a refused page form (a cross-site POST without its token) would answer Share's JSON.
                .exceptionHandling(e -> e.authenticationEntryPoint(entry).accessDeniedHandler(
                        new org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler(
                                shareRefusal(),
                                new org.springframework.security.web.access.AccessDeniedHandlerImpl())))
                .csrf(c -> c.ignoringRequestMatchers(SERVER_TO_SERVER))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(f -> f.deny()));
        return http.build();
    }

    /** A request naming a host the server was not told about is refused (400) before anything else. */
    @Bean
    WebSecurityCustomizer hostNames(HostNames hosts) {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHostnames(hosts);
        return web -> web.httpFirewall(firewall).requestRejectedHandler(new HttpStatusRequestRejectedHandler());
    }

    private static java.util.LinkedHashMap<RequestMatcher, org.springframework.security.web.access.AccessDeniedHandler> shareRefusal() {
        java.util.LinkedHashMap<RequestMatcher, org.springframework.security.web.access.AccessDeniedHandler> handlers = new java.util.LinkedHashMap<>();
        handlers.put(SHARE_NODES, (request, response, denied) -> refuse(response, 403, "dashboard.node.role-needed"));
        return handlers;
    }

    /** A refusal on Share's node endpoints: the status and {@code {"message": {"zh-CN": …, "en": …}}}. */
    static void refuse(jakarta.servlet.http.HttpServletResponse response, int status, String key) throws java.io.IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        java.util.Map<String, String> both = new java.util.LinkedHashMap<>();
        for (org.swarchive.i18n.Language language : org.swarchive.i18n.Language.values()) {
            both.put(language.tag(), org.swarchive.i18n.Message.of(key).in(language));
        }
        response.getWriter().write(tools.jackson.databind.json.JsonMapper.builder().build()
                .writeValueAsString(java.util.Map.of("message", both)));
    }

    private static String role(AccountRole r) {
        return r.name();
    }
}
