package org.swarchive.app;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.swarchive.i18n.Language;
import org.swarchive.i18n.Message;

/** Java names files in the process locale's charset; Chinese file names need a UTF-8 locale. */
final class Encoding {

    private Encoding() {
    }

    static void warnIfFileNamesAreNotUtf8(PrintWriter err) {
        String jnu = System.getProperty("sun.jnu.encoding", "UTF-8");
        boolean utf8;
        try {
            utf8 = Charset.forName(jnu).equals(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException unknown) {
            utf8 = false;
        }
        if (!utf8) {
            // Said in both languages whatever --lang says: a console in this locale may not show the Chinese.
            Message warning = Message.of("app.encoding.not-utf8", jnu);
            err.println(warning.in(Language.ZH));
            err.println(warning.in(Language.EN));
            err.flush();
        }
    }
}
