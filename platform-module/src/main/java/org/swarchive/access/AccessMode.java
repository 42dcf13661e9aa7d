package org.swarchive.access;

import org.swarchive.i18n.Message;
import org.swarchive.i18n.Text;

/** How a record was consulted (查阅方式, docs/domain.md §6). */
public enum AccessMode {
    ONLINE, DOWNLOAD, COPY;

    public Text label() {
        return switch (this) {
            case ONLINE -> Message.of("access.mode.online");
            case DOWNLOAD -> Message.of("access.mode.download");
            case COPY -> Message.of("access.mode.copy");
        };
    }
}
