package org.swarchive.dashboard;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.swarchive.TestAccounts;

/**
 * A browser's way in, over plain HTTP: the sign-in form with its CSRF token, the session cookie
 * kept, and the token a page's forms carry for the next POST.
 */
public final class SignIn {

    static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http;
    private final String base;
    private final HttpResponse<String> answer;

    private SignIn(String base, String name, String password) throws Exception {
        this.base = base.endsWith("/") ? base : base + "/";
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        String token = token(get("login"));
        this.answer = http.send(HttpRequest.newBuilder(URI.create(this.base + "login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(name) + "&password=" + enc(password) + "&_csrf=" + enc(token)))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Signs in through the form; {@link #answer()} says how it went (302 to the page asked for, or to {@code /login?error}). */
    public static SignIn as(String base, String name, String password) throws Exception {
        return new SignIn(base, name, password);
    }

    public static SignIn as(String base, String name) throws Exception {
        return as(base, name, TestAccounts.PASSWORD);
    }

    /** The form's answer to the sign-in. */
    public HttpResponse<String> answer() {
        return answer;
    }

    public boolean signedIn() {
        return answer.statusCode() == 302 && !answer.headers().firstValue("Location").orElse("").contains("error");
    }

    public HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path.replaceFirst("^/", ""))).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A token the signed-in pages' forms carry (the sign-out form is on every page). */
    public String token() throws Exception {
        return token(get("/"));
    }

    /** POSTs the form, with this session and the CSRF token. */
    public HttpResponse<String> post(String path) throws Exception {
        return post(path, token());
    }

    public HttpResponse<String> post(String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path.replaceFirst("^/", "")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(token == null ? "" : "_csrf=" + enc(token))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * A multipart POST as a browser sends a form with a file, with this session: the fields, then the
     * file as {@code file} (none when {@code fileName} is null). The path as the form's action names it
     * (a CSRF token in its address is the form's; none is added here).
     */
    public HttpResponse<String> upload(String path, java.util.Map<String, String> fields, String fileName, byte[] content) throws Exception {
        String boundary = "----swa" + java.util.UUID.randomUUID().toString().replace("-", "");
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (var f : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n" + f.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        if (fileName != null) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(content);
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(base + path.replaceFirst("^/", "")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A POST as a signed-in browser sends it: the session, and the token of the page the form is on. */
    static HttpResponse<String> post(HttpClient ignored, DashboardServer.Running server, String name, HttpRequest.Builder request)
            throws Exception {
        SignIn session = as(server.url(), name);
        String path = request.build().uri().toString().substring(server.url().length());
        return session.post(path);
    }

    /** A sign-in that knows only these people, all with {@link TestAccounts#PASSWORD}: for a dashboard that serves no station. */
    public static org.springframework.security.authentication.AuthenticationProvider provider(org.swarchive.access.Person... people) {
        String hash = org.springframework.security.crypto.factory.PasswordEncoderFactories.createDelegatingPasswordEncoder()
                .encode(TestAccounts.PASSWORD);
        java.util.Map<String, org.swarchive.access.Person> byName = new java.util.HashMap<>();
        for (org.swarchive.access.Person p : people) {
            byName.put(p.name(), p);
        }
        var dao = new org.springframework.security.authentication.dao.DaoAuthenticationProvider(name -> {
            org.swarchive.access.Person p = byName.get(name);
            if (p == null) {
                throw new org.springframework.security.core.userdetails.UsernameNotFoundException(name);
            }
            return new AccountUser(p, hash);
        });
        dao.setPasswordEncoder(org.springframework.security.crypto.factory.PasswordEncoderFactories.createDelegatingPasswordEncoder());
        return dao;
    }

    static String token(HttpResponse<String> page) {
        Matcher m = TOKEN.matcher(page.body());
        if (!m.find()) {
            throw new AssertionError("no CSRF token on the page: " + page.statusCode() + " " + page.body());
        }
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
