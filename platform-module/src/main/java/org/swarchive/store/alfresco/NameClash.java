package org.swarchive.store.alfresco;

/** The deterministic names tried when a name is taken: {@code 报告.pdf}, {@code 报告-2.pdf}, {@code 报告-3.pdf}, ... */
final class NameClash {

    private NameClash() {
    }

    /** The n-th candidate (1 = the name itself); the suffix goes before a file's extension. */
    static String candidate(String name, int n) {
        if (n <= 1) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) + "-" + n + name.substring(dot) : name + "-" + n;
    }
}
