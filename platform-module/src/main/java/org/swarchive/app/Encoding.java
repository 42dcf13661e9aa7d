package org.swarchive.app;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

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
            err.println("swa: 警告：系统区域设置不是 UTF-8（" + jnu + "），中文文件名可能无法读取；请设置 LANG=C.UTF-8。");
            err.println("swa: warning: the locale is not UTF-8 (" + jnu + "): Chinese file names may be unreadable; set LANG=C.UTF-8.");
            err.flush();
        }
    }
}
