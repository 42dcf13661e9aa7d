package org.swarchive.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.swarchive.evidence.Assessment;
import org.swarchive.i18n.Language;
import org.swarchive.i18n.Message;
import org.swarchive.i18n.Text;
import org.swarchive.store.Station;
import org.swarchive.store.StoreException;
import org.swarchive.store.StoreUnavailableException;

/**
 * Share's 检查准备度 / Check readiness ({@code swa-action.post.js}): {@code POST /api/v1/nodes/{id}/readiness-check}
 * on a station folder, an evidence folder or any node below a served station's folder re-checks
 * that station now and writes the result back, as {@code swa watch} does. Every answer carries a
 * {@code message} in both languages, which Share shows after its own: 200 with the station, score,
 * grade and gap count; 404 when the node is in no served station; 502 when the repository refused
 * a request, 503 when it could not be reached.
 */
@RestController
@RequestMapping("/api/v1/nodes")
class NodeReadinessController {

    private static final Logger LOG = LoggerFactory.getLogger(NodeReadinessController.class);
    /** A node id as Share sends it (the id of a nodeRef); the API's aliases such as -root- are no node of a station. */
    private static final Pattern NODE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,99}");

    private final NodeChecks nodes;

    NodeReadinessController(Dashboard dashboard) {
        this.nodes = dashboard.nodes();
    }

    @PostMapping("/{id}/readiness-check")
    ResponseEntity<Map<String, Object>> check(@PathVariable String id, org.springframework.security.core.Authentication auth) {
        try {
            Optional<Station> station = NODE_ID.matcher(id).matches() ? nodes.stationHolding(id) : Optional.empty();
            if (station.isEmpty()) {
                return answer(HttpStatus.NOT_FOUND, Message.of("dashboard.node.not-in-station", id));
            }
            // A station's head or archivist (the filter chain's rule) re-checks their own station only.
            if (!(auth != null && auth.getPrincipal() instanceof SignedIn person && person.person().station().equals(station.get().id()))) {
                return answer(HttpStatus.FORBIDDEN, Message.of("dashboard.node.not-your-station", station.get().id()));
            }
            NodeChecks.Rechecked r = nodes.recheck(station.get());
            Map<String, Object> body = body(message(station.get().id(), r));
            Assessment a = r.snapshot().result().assessment();
            body.put("station", station.get().id());
            body.put("framework", a.framework().id());
            body.put("period", a.period().label());
            body.put("score", rounded(a.score()));
            body.put("total", a.framework().total());
            body.put("grade", a.grade().map(g -> localized(g.label())).orElse(null));
            body.put("gapCount", a.gaps().size());
            body.put("folders", r.folders());
            body.put("report", r.report());
            body.put("checkedAt", r.snapshot().checkedAt().toString());
            return ResponseEntity.ok(body);
        } catch (StoreUnavailableException e) {
            return answer(HttpStatus.SERVICE_UNAVAILABLE, e.reason());
        } catch (StoreException e) {
            return answer(HttpStatus.BAD_GATEWAY, e.reason());
        } catch (RuntimeException e) {
            LOG.error("readiness check of node {} failed", id, e);
            return answer(HttpStatus.INTERNAL_SERVER_ERROR, Message.of("dashboard.node.internal-error"));
        }
    }

    private static Message message(String station, NodeChecks.Rechecked r) {
        Assessment a = r.snapshot().result().assessment();
        String score = rounded(a.score()).toPlainString();
        return a.grade().map(g -> Message.of("dashboard.node.checked-graded", station, score, g.label(), a.gaps().size(), r.folders(),
                        r.report()))
                .orElseGet(() -> Message.of("dashboard.node.checked", station, score, a.gaps().size(), r.folders(), r.report()));
    }

    private static ResponseEntity<Map<String, Object>> answer(HttpStatus status, Text message) {
        return ResponseEntity.status(status).body(body(message));
    }

    private static Map<String, Object> body(Text message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", localized(message));
        return body;
    }

    /** Share shows the message in its user's language: the answer carries it in both. */
    private static Map<String, String> localized(Text text) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("zh-CN", text.in(Language.ZH));
        m.put("en", text.in(Language.EN));
        return m;
    }

    /** Two decimals, rounded half up, as the reports print scores. */
    private static BigDecimal rounded(BigDecimal score) {
        return score.setScale(2, RoundingMode.HALF_UP);
    }
}
