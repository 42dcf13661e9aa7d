package org.swarchive.access;

import org.swarchive.archive.LocalizedText;

/** How a record was consulted (查阅方式, domain.md §6). */
public enum AccessMode {
    ONLINE("在线查阅", "online"), DOWNLOAD("下载", "download"), COPY("复制", "copy");

    private final LocalizedText label;

    AccessMode(String zh, String en) {
        this.label = LocalizedText.of(zh, en);
    }

    public LocalizedText label() {
        return label;
    }
}
