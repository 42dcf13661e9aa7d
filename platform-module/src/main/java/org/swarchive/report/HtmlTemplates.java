package org.swarchive.report;

import java.util.Map;
import org.swarchive.i18n.Language;
import org.swarchive.i18n.Message;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.spring6.expression.SPELVariableExpressionEvaluator;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The HTML the product writes outside the dashboard — the readiness report, the 销毁清册, the
 * inspection package's index, the access register, the digest mail — rendered from Thymeleaf
 * templates on the class path ({@code report/templates/readiness.html} and the like), with every
 * text from the message bundles: {@code #{report.title}} in a template is
 * {@code Message.of("report.title")} in the page's language. Thymeleaf escapes what it writes, so
 * no template builds markup from data. One engine for the whole process: it is thread-safe and
 * keeps the parsed templates.
 */
public final class HtmlTemplates {

    private static final TemplateEngine ENGINE = engine();

    private HtmlTemplates() {
    }

    /**
     * The page of a template, e.g. {@code report/templates/readiness} (a class path resource, ".html"
     * added), with these variables, in this language.
     */
    public static String render(String template, Language lang, Map<String, ?> variables) {
        Context context = new Context(lang.locale());
        variables.forEach(context::setVariable);
        context.setVariable("lang", lang.tag());
        return ENGINE.process(template, context);
    }

    private static TemplateEngine engine() {
        ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver(HtmlTemplates.class.getClassLoader());
        templates.setSuffix(".html");
        templates.setTemplateMode(TemplateMode.HTML);
        templates.setCharacterEncoding("UTF-8");
        templates.setCheckExistence(true);
        // Thymeleaf's standard dialect with SpEL for its expressions (OGNL, its default, is not on the class path);
        // not the Spring MVC dialect, which would load the web stack into swa check.
        StandardDialect dialect = new StandardDialect();
        dialect.setVariableExpressionEvaluator(SPELVariableExpressionEvaluator.INSTANCE);
        TemplateEngine engine = new TemplateEngine();
        engine.setDialect(dialect);
        engine.setTemplateResolver(templates);
        engine.setMessageResolver(new BundleMessages());
        return engine;
    }

    /** {@code #{room.key(args)}} read through {@link Message}: the room's bundle, the page's language. */
    static final class BundleMessages extends AbstractMessageResolver {

        BundleMessages() {
            setName("swa-bundles");
        }

        @Override
        public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] args) {
            return Message.of(key, args == null ? new Object[0] : args).in(Language.of(context.getLocale()));
        }

        @Override
        public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key, Object[] args) {
            return "[" + key + "]";
        }
    }
}
