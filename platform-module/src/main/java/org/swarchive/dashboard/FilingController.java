package org.swarchive.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.swarchive.i18n.Language;
import org.swarchive.i18n.Message;
import org.swarchive.i18n.Text;

/**
 * {@code POST /api/v1/nodes/{id}/file}, what Share's 立即归档 / File now calls (share-module's
 * {@code swa-action.post.js}): 200 with the archive code when filed, 422 with the reasons when the
 * document went to the review queue instead, 409 when it is a copy of a filed record, 404 when the
 * node is in no served station's inbox, 503 when the repository could not be reached. Every answer
 * carries {@code message} in both languages, which Share shows after its own.
 */
@RestController
class FilingController {

    private final FileNow door;

    FilingController(Dashboard dashboard) {
        this.door = dashboard.fileNow();
    }

    @PostMapping("/api/v1/nodes/{id}/file")
    ResponseEntity<Map<String, Object>> file(@PathVariable String id, org.springframework.security.core.Authentication auth) {
        if (!id.matches("[A-Za-z0-9-]{1,64}")) {
            return answer(HttpStatus.NOT_FOUND, Message.of("filing.web.not-a-node", id), id);
        }
        // Filing changes the document: the repository must let this person write it (asked with their own ticket).
        if (!(auth != null && auth.getPrincipal() instanceof SignedIn person && person.mayChange(id))) {
            return answer(HttpStatus.FORBIDDEN, Message.of("dashboard.node.no-write", id), id);
        }
        FileNow.Outcome outcome = door.file(id);
        if (outcome instanceof FileNow.Filed f) {
            var r = answer(HttpStatus.OK, Message.of("filing.web.filed", f.archiveCode(), f.filedAs()), id);
            r.getBody().put("archiveCode", f.archiveCode());
            r.getBody().put("filedAs", f.filedAs());
            r.getBody().put("station", f.station());
            return r;
        }
        if (outcome instanceof FileNow.Queued q) {
            var r = answer(HttpStatus.UNPROCESSABLE_ENTITY, Message.of("filing.web.queued", q.reviewId(), Text.join(Message.of("common.list.semicolon"), q.reasons())), id);
            r.getBody().put("reviewId", q.reviewId());
            r.getBody().put("reasons", q.reasons().stream().map(FilingController::both).toList());
            r.getBody().put("station", q.station());
            return r;
        }
        if (outcome instanceof FileNow.Refused refused) {
            HttpStatus status = switch (refused.kind()) {
                case DUPLICATE -> HttpStatus.CONFLICT;
                case INVALID -> HttpStatus.UNPROCESSABLE_ENTITY;
                case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
            };
            var r = answer(status, refused.reason(), id);
            r.getBody().put("station", refused.station());
            return r;
        }
        return answer(HttpStatus.NOT_FOUND, Message.of("filing.web.not-in-inbox"), id);
    }

    private static ResponseEntity<Map<String, Object>> answer(HttpStatus status, Text message, String id) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", both(message));
        body.put("id", id);
        return ResponseEntity.status(status).body(body);
    }

    /** The text in both languages, by language tag, for Share to pick from. */
    private static Map<String, String> both(Text text) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            m.put(language.tag(), text.in(language));
        }
        return m;
    }
}
