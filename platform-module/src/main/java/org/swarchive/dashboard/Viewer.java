package org.swarchive.dashboard;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.swarchive.access.AccessContext;
import org.swarchive.access.AccessDecision;
import org.swarchive.access.AccessPolicy;
import org.swarchive.access.Person;
import org.swarchive.archive.ArchiveRecord;
import org.swarchive.archive.Category;
import org.swarchive.archive.DocType;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.archive.RecordProperty;
import org.swarchive.find.FindHit;
import org.swarchive.find.ReadableHits;
import org.swarchive.inspect.AccessLedger;
import org.swarchive.inspect.InspectionPackage;
import org.swarchive.inspect.InspectionWindowStore;
import org.swarchive.store.EvidenceFiles.EvidenceFile;
import org.swarchive.store.Station;

/**
 * Who is looking, for one request: the signed-in person, and what the one access policy
 * ({@link AccessPolicy}) says they may see of a station and open of its records. Pages, files and
 * the JSON API all ask here, so they answer alike (docs/domain.md §6–§7). An evaluator's group
 * is their account's, never the address's. A station's windows and approved requests are read
 * once per request.
 */
final class Viewer {

    private final Person person;
    private final AccessPolicy policy;
    private final DocTypeCatalogue catalogue;
    private final Instant now;
    private final Map<String, AccessContext> contexts = new HashMap<>();
    private final Map<String, Set<String>> evidence = new HashMap<>();

    Viewer(Person person, AccessPolicy policy, DocTypeCatalogue catalogue, Instant now) {
        this.person = person;
        this.policy = policy;
        this.catalogue = catalogue;
        this.now = now;
    }

    Person person() {
        return person;
    }

    boolean isEvaluator() {
        return person.isEvaluator();
    }

    /** The evaluator's group (their {@code /inspect/GROUP} pages); null for everyone else. */
    String evaluator() {
        return isEvaluator() ? person.group() : null;
    }

    /** Whether the person sees this station at all. */
    boolean maySee(Station s) {
        return AccessPolicy.maySee(person, s.id(), context(s).windows(), now).allowed();
    }

    /** Whether the person may re-check a station: its own staff, never the read-only roles. */
    boolean mayRecheck(Station s) {
        return !person.readOnly() && maySee(s);
    }

    /** Whether the person sees a station's unsorted documents and the records due for disposal: who files and who oversees. */
    boolean managesRecords() {
        return switch (person.role()) {
            case STATION_HEAD, ARCHIVIST, DISTRICT_ADMIN -> true;
            default -> false;
        };
    }

    /** Whether every record of a station this person sees is theirs to open (no need to ask record by record). */
    boolean readsEverything() {
        return policy.readsEverything(person);
    }

    /** The policy's answer for one document of a station (evidence: counted towards an indicator of the served framework). */
    AccessDecision decide(Station s, EvidenceFile file, boolean isEvidence) {
        return policy.mayOpen(person, record(file), s.id(), isEvidence, context(s));
    }

    /** The same, with whether the document is evidence worked out from the station's current check. */
    boolean mayOpen(Station s, EvidenceFile file, ReadinessBoard board) {
        if (readsEverything()) {
            return true;
        }
        boolean isEvidence = !isEvaluator() || evidence.computeIfAbsent(s.id(),
                id -> InspectionPackage.evidenceIds(board.current(s).result())).contains(file.id());
        return decide(s, file, isEvidence).allowed();
    }

    /**
     * A document as the policy judges it: its type and category (the record's own, else its type's),
     * its confidentiality as stored — a value outside the list is sensitive.
     */
    ArchiveRecord record(EvidenceFile file) {
        Map<String, String> p = file.properties();
        String docType = p.get(RecordProperty.DOC_TYPE.key());
        Category category = Optional.ofNullable(p.get("swa:category")).map(String::trim).flatMap(Category::fromId)
                .or(() -> Optional.ofNullable(docType).flatMap(t -> catalogue.find(t.trim())).map(DocType::category))
                .orElse(null);
        return new ArchiveRecord(file.id(), file.name(), docType, category, null, null, null,
                AccessPolicy.confidentiality(p.get(RecordProperty.CONFIDENTIALITY.key())), p);
    }

    /**
     * Which hits of a station's search this person may see: the same answer as {@link #mayOpen}
     * gives the record's file view. A hit is judged by what the index holds (category, else its
     * type's; confidentiality); the one thing only the record itself says — whose case a sensitive
     * record is of — is read from the record when the first answer is no for a social worker.
     */
    Predicate<FindHit> mayFind(Station s, ReadinessBoard board) {
        if (readsEverything()) {
            return hit -> true;
        }
        return hit -> {
            boolean isEvidence = !isEvaluator() || evidence.computeIfAbsent(s.id(),
                    id -> InspectionPackage.evidenceIds(board.current(s).result())).contains(hit.path());
            ArchiveRecord r = ReadableHits.asRecord(hit);
            if (r.category() == null && r.docType() != null) {
                r = new ArchiveRecord(r.id(), r.name(), r.docType(), catalogue.find(r.docType().trim()).map(DocType::category).orElse(null),
                        r.period(), null, null, r.confidentiality(), Map.of());
            }
            if (policy.mayOpen(person, r, s.id(), isEvidence, context(s)).allowed()) {
                return true;
            }
            return person.role() == org.swarchive.access.AccountRole.SOCIAL_WORKER
                    && r.confidentiality() == org.swarchive.archive.Confidentiality.SENSITIVE
                    && s.files().open(hit.path()).map(f -> mayOpen(s, f, board)).orElse(false);
        };
    }

    private AccessContext context(Station s) {
        return contexts.computeIfAbsent(s.id(), id -> AccessContext.at(now)
                .withWindows(new InspectionWindowStore(s.state()).all())
                .withRequests(new AccessLedger(s.state()).requests()));
    }
}
