package org.swarchive.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.swarchive.i18n.Language;

/** The sign-in form; Spring Security checks what it posts ({@link DashboardSecurity}). */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(@RequestParam(name = "lang", required = false) String tag, @RequestParam(name = "error", required = false) String error,
                 @RequestParam(name = "logout", required = false) String logout, Model model) {
        Language lang = PageLanguage.of(tag);
        Language other = lang == Language.EN ? Language.ZH : Language.EN;
        model.addAttribute("lang", lang);
        model.addAttribute("otherLang", other);
        model.addAttribute("switchUrl", "/login?lang=" + (other == Language.EN ? "en" : "zh-CN"));
        model.addAttribute("failed", error != null);
        model.addAttribute("signedOut", logout != null);
        return "login";
    }
}
