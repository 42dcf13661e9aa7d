package org.swarchive.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.swarchive.i18n.Language;
import org.springframework.web.servlet.LocaleResolver;

/**
 * A page's language comes from its address ({@code ?lang=en}), nothing else: no cookie, no
 * session, so a link always shows what it says and replicas need nothing shared. Chinese is the
 * default; an unknown tag falls back to it.
 */
final class PageLanguage {

    private PageLanguage() {
    }

    static Language of(String tag) {
        if (tag == null || tag.isBlank()) {
            return Language.ZH;
        }
        try {
            return Language.fromTag(tag);
        } catch (IllegalArgumentException unknown) {
            return Language.ZH;
        }
    }

    /** Spring's messages ({@link BundleMessages}) follow the same {@code lang} parameter. */
    static final class FromParameter implements LocaleResolver {
        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            return of(request.getParameter("lang")).locale();
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            throw new UnsupportedOperationException("the language is chosen by the lang parameter of the address");
        }
    }
}
