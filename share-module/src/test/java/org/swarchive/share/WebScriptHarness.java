package org.swarchive.share;

import freemarker.cache.ClassTemplateLoader;
import freemarker.core.Environment;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.BiFunction;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.NativeArray;
import org.mozilla.javascript.NativeJavaObject;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

/**
 * Runs a Share web script the way Surf does, with just enough of Surf's root objects: the
 * controller (.get.js) in Rhino, its model rendered by the FreeMarker template (.get.html.ftl).
 * The remote endpoint is a function of (endpoint id, uri) giving a {@link Response}.
 */
final class WebScriptHarness {

    /** What {@code remote.connect(id).get(uri)} returns: the parts of Surf's Response the controller reads. */
    public static final class Response {
        private final Status status;
        private final String body;

        Response(int code, String body) {
            this.status = new Status(code);
            this.body = body;
        }

        public Status getStatus() {
            return status;
        }

        public String getResponse() {
            return body;
        }

        @Override
        public String toString() {
            return body;
        }
    }

    public static final class Status {
        private final int code;

        Status(int code) {
            this.code = code;
        }

        public int getCode() {
            return code;
        }
    }

    /** Collects what the controller asks the remote endpoint. */
    public static final class Remote {
        final List<String> calls = new ArrayList<>();
        private final BiFunction<String, String, Response> answer;

        Remote(BiFunction<String, String, Response> answer) {
            this.answer = answer;
        }

        public Response get(String endpoint, String uri) {
            calls.add(endpoint + " " + uri);
            return answer.apply(endpoint, uri);
        }
    }

    /** The dashlet's settings, as config.scoped["StationArchives"]["readiness"] gives them. */
    public static final class ConfigElement {
        private final Map<String, String> values;

        ConfigElement(Map<String, String> values) {
            this.values = values;
        }

        public String getChildValue(String name) {
            return values.get(name);
        }
    }

    record Result(Map<String, Object> model, String html, List<String> calls) {
    }

    private final String script;
    private final Locale locale;
    private final Properties messages;
    private final Map<String, String> settings;

    WebScriptHarness(String script, Locale locale, Map<String, String> settings) {
        this.script = script;
        this.locale = locale;
        this.messages = Resources.bundle(script, locale.getLanguage().equals("zh") ? "_zh_CN" : "_en");
        this.settings = settings;
    }

    Result run(Map<String, String> args, String site, BiFunction<String, String, Response> answer) {
        Remote remote = new Remote(answer);
        Map<String, Object> model = controller(args, site, remote);
        return new Result(model, render(model, args), remote.calls);
    }

    private Map<String, Object> controller(Map<String, String> args, String site, Remote remote) {
        Context cx = Context.enter();
        try {
            cx.setLanguageVersion(Context.VERSION_1_8);
            ScriptableObject scope = cx.initStandardObjects();
            ScriptableObject.putProperty(scope, "__messages", Context.javaToJS(messages, scope));
            ScriptableObject.putProperty(scope, "__remote", Context.javaToJS(remote, scope));
            ScriptableObject.putProperty(scope, "__readiness", settings == null ? null : Context.javaToJS(new ConfigElement(settings), scope));
            ScriptableObject.putProperty(scope, "__site", site);
            StringBuilder prelude = new StringBuilder();
            prelude.append("var model = {};\n")
                    .append("var msg = { get: function (k) { var v = __messages.getProperty(k); return v == null ? k : String(v); } };\n")
                    .append("var remote = { connect: function (id) { return { get: function (uri) { return __remote.get(String(id), String(uri)); } }; } };\n")
                    .append("var config = { scoped: __readiness == null ? {} : { StationArchives: { readiness: __readiness } } };\n")
                    .append("var page = { url: { templateArgs: { site: __site } } };\n")
                    .append("var instance = { object: { id: 'page.component-2-1.site~' + __site + '~dashboard' } };\n")
                    .append("var args = {};\n");
            args.forEach((k, v) -> prelude.append("args['").append(k).append("'] = '").append(v).append("';\n"));
            cx.evaluateString(scope, prelude.toString(), "prelude", 1, null);
            cx.evaluateString(scope, Resources.text(script + ".js"), script + ".js", 1, null);
            @SuppressWarnings("unchecked")
            Map<String, Object> model = (Map<String, Object>) toJava(scope.get("model", scope));
            return model;
        } finally {
            Context.exit();
        }
    }

    /** Rhino values as Surf hands them to FreeMarker: maps, lists, strings, numbers. */
    private static Object toJava(Object v) {
        if (v == null || v instanceof Undefined) {
            return null;
        }
        if (v instanceof NativeJavaObject j) {
            return j.unwrap();
        }
        if (v instanceof NativeArray a) {
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < a.getLength(); i++) {
                list.add(toJava(a.get(i, a)));
            }
            return list;
        }
        if (v instanceof Scriptable s) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Object id : s.getIds()) {
                String key = String.valueOf(id);
                map.put(key, toJava(s.get(key, s)));
            }
            return map;
        }
        if (v instanceof CharSequence cs) {
            return cs.toString();
        }
        return v;
    }

    private String render(Map<String, Object> model, Map<String, String> args) {
        try {
            Configuration cfg = new Configuration(Configuration.VERSION_2_3_32);
            cfg.setTemplateLoader(new ClassTemplateLoader(getClass().getClassLoader(), ""));
            cfg.setDefaultEncoding("UTF-8");
            cfg.setLocale(locale);
            cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_32).build());
            Map<String, Object> root = new HashMap<>(model);
            root.put("args", args);
            root.put("url", Map.of("context", "/share"));
            root.put("msg", (TemplateMethodModelEx) arguments -> {
                List<Object> values = new ArrayList<>();
                for (Object a : arguments) {
                    values.add(DeepUnwrap.unwrap((TemplateModel) a));
                }
                String key = String.valueOf(values.remove(0));
                String text = messages.getProperty(key, key);
                return values.isEmpty() ? text : new MessageFormat(text, locale).format(values.toArray());
            });
            TemplateDirectiveModel body = WebScriptHarness::renderBody;
            TemplateDirectiveModel nothing = (env, params, loopVars, b) -> { };
            root.put("markup", body);
            root.put("uniqueIdDiv", (TemplateDirectiveModel) (env, params, loopVars, b) -> {
                env.getOut().write("<div id=\"" + args.get("htmlid") + "\">");
                renderBody(env, params, loopVars, b);
                env.getOut().write("</div>");
            });
            root.put("createWidgets", nothing);
            root.put("link", nothing);
            root.put("script", nothing);
            root.put("inlineScript", nothing);
            Template t = cfg.getTemplate(script + ".html.ftl");
            Writer out = new StringWriter();
            t.process(root, out);
            return out.toString();
        } catch (Exception e) {
            throw new AssertionError("the template failed: " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("rawtypes")
    private static void renderBody(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
            throws TemplateModelException, IOException {
        if (body != null) {
            try {
                body.render(env.getOut());
            } catch (freemarker.template.TemplateException e) {
                throw new TemplateModelException(e);
            }
        }
    }
}
