package org.swarchive.archive.disposition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.swarchive.i18n.Text;

/** What an execution's journal says has happened so far. */
public record ExecutionProgress(Set<String> intended, Map<String, String> refs, List<String> destroyed,
                                Map<String, Text> skipped, List<String> missing,
                                Optional<JournalEntry.RegisterFiled> register, boolean completed) {

    public ExecutionProgress {
        intended = Set.copyOf(intended);
        refs = Map.copyOf(refs);
        destroyed = List.copyOf(destroyed);
        skipped = Map.copyOf(skipped);
        missing = List.copyOf(missing);
    }

    public static ExecutionProgress of(List<JournalEntry> journal) {
        Set<String> intended = new LinkedHashSet<>();
        Map<String, String> refs = new LinkedHashMap<>();
        Set<String> destroyed = new LinkedHashSet<>();
        Map<String, Text> skipped = new LinkedHashMap<>();
        Set<String> missing = new LinkedHashSet<>();
        JournalEntry.RegisterFiled register = null;
        boolean completed = false;
        for (JournalEntry e : journal) {
            if (e instanceof JournalEntry.Intent i) {
                intended.add(i.recordId());
                if (i.ref() != null) {
                    refs.put(i.recordId(), i.ref());
                }
            } else if (e instanceof JournalEntry.Destroyed d) {
                destroyed.add(d.recordId());
            } else if (e instanceof JournalEntry.Skipped s) {
                skipped.put(s.recordId(), s.reason());
            } else if (e instanceof JournalEntry.Missing m) {
                missing.add(m.recordId());
            } else if (e instanceof JournalEntry.RegisterFiled f) {
                register = f;
            } else if (e instanceof JournalEntry.Completed) {
                completed = true;
            }
        }
        return new ExecutionProgress(intended, refs, new ArrayList<>(destroyed), skipped, new ArrayList<>(missing),
                Optional.ofNullable(register), completed);
    }

    /** Whether the journal has settled this record one way or another. */
    public boolean settled(String recordId) {
        return destroyed.contains(recordId) || skipped.containsKey(recordId) || missing.contains(recordId);
    }

    /** The store's handle the intent named for this record, if any. */
    public Optional<String> ref(String recordId) {
        return Optional.ofNullable(refs.get(recordId));
    }

    /** Begun but not finished: the step a crash interrupted. */
    public boolean interrupted(String recordId) {
        return intended.contains(recordId) && !settled(recordId);
    }
}
