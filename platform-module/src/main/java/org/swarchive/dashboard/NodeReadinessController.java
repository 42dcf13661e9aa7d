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
import org.swarchive.archive.LocalizedText;
import org.swarchive.evidence.Assessment;
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
    ResponseEntity<Map<String, Object>> check(@PathVariable String id) {
        try {
            Optional<Station> station = NODE_ID.matcher(id).matches() ? nodes.stationHolding(id) : Optional.empty();
            if (station.isEmpty()) {
                return answer(HttpStatus.NOT_FOUND, LocalizedText.of(
                        "节点 " + id + " 不在本服务检查的任何工作站中（它须是工作站文件夹、佐证文件夹，或工作站文件夹下的内容）",
                        "node " + id + " is in no station this service checks (it must be a station folder, an evidence folder, or below a station folder)"));
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
            return answer(HttpStatus.INTERNAL_SERVER_ERROR, LocalizedText.of("检查时发生内部错误，未作任何改动，请查看服务日志",
                    "an internal error stopped the check; see the service's log"));
        }
    }

    private static LocalizedText message(String station, NodeChecks.Rechecked r) {
        Assessment a = r.snapshot().result().assessment();
        String score = rounded(a.score()).toPlainString();
        String zhGrade = a.grade().map(g -> "（" + g.label().zh() + "）").orElse("");
        String enGrade = a.grade().map(g -> " (" + g.label().en() + ")").orElse("");
        return LocalizedText.of(
                station + "：得分 " + score + zhGrade + "，缺失佐证 " + a.gaps().size() + " 项；已写回 " + r.folders() + " 个佐证文件夹，报告见 " + r.report(),
                station + ": score " + score + enGrade + ", " + a.gaps().size() + " gaps; written back to " + r.folders()
                        + " evidence folders, report at " + r.report());
    }

    private static ResponseEntity<Map<String, Object>> answer(HttpStatus status, LocalizedText message) {
        return ResponseEntity.status(status).body(body(message));
    }

    private static Map<String, Object> body(LocalizedText message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", localized(message));
        return body;
    }

    private static Map<String, String> localized(LocalizedText text) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("zh-CN", text.zh());
        m.put("en", text.en());
        return m;
    }

    /** Two decimals, rounded half up, as the reports print scores. */
    private static BigDecimal rounded(BigDecimal score) {
        return score.setScale(2, RoundingMode.HALF_UP);
    }
}
