package org.swarchive.store.alfresco;

import org.swarchive.filing.SafeNames;

/** The deterministic names tried when a name is taken: {@code 报告.pdf}, {@code 报告-2.pdf}, {@code 报告-3.pdf}, ... */
final class NameClash {

    private NameClash() {
    }

    /** The n-th candidate (1 = the name itself); the suffix goes before a file's extension. */
    static String candidate(String name, int n) {
        return SafeNames.candidate(name, n);
    }
}
