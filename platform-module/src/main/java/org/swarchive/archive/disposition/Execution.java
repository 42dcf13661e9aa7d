package org.swarchive.archive.disposition;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.swarchive.i18n.InvalidInput;
import org.swarchive.i18n.Message;

/** The destruction of an approved proposal: the two 监销人 and the time (销毁时间). */
public record Execution(String proposalId, List<String> supervisors, LocalDateTime at) {

    public Execution {
        Objects.requireNonNull(proposalId, "proposalId");
        Objects.requireNonNull(at, "at");
        supervisors = List.copyOf(supervisors);
        if (supervisors.size() != 2 || supervisors.stream().anyMatch(s -> s == null || s.isBlank())
                || supervisors.get(0).trim().equals(supervisors.get(1).trim())) {
            throw new InvalidInput(Message.of("archive-disposition.execution.two-supervisors"));
        }
    }
}
