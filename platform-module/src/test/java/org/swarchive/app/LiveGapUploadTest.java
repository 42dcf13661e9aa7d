package org.swarchive.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alfresco.core.model.Node;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarchive.SampleDocuments;
import org.swarchive.access.Role;
import org.swarchive.archive.Period;
import org.swarchive.dashboard.SignIn;
import org.swarchive.evidence.ReadinessEngine;
import org.swarchive.library.CatalogueLoader;
import org.swarchive.retry.Retries;
import org.swarchive.store.alfresco.AlfrescoClient;
import org.swarchive.store.alfresco.LiveRepository;
import org.swarchive.store.alfresco.StationProvisioner;

/**
 * Closing a gap on the live repository (issue 17 §3): a station made by {@code swa station create},
 * real people in its groups, and {@code swa serve} signing them in with the repository. The
 * archivist hands in the missing monthly report on the station page: the slot fills, and the
 * record's {@code cm:creator} and {@code cm:modifier} are the archivist, not the service's
 * account. A station head whose write on the inbox the site's manager took away is refused by the
 * repository itself: the page says so, and nothing of the document is left in the repository.
 */
@Tag(LiveRepository.TAG)
class LiveGapUploadTest {

    private static final Pattern FORM = Pattern.compile("(?s)<form class=\"upload\" method=\"post\" enctype=\"multipart/form-data\"\\s+"
            + "action=\"([^\"]+)\">(.*?)</form>");
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([a-zA-Z]+)\" value=\"([^\"]*)\"");

    private final LiveRepository live = LiveRepository.get();
    private final String code = "G" + UUID.randomUUID().toString().replace("-", "").substring(0, 7).toUpperCase();
    private final String site = "swa-" + code.toLowerCase();
    private final LivePeople people = new LivePeople(code);
    @TempDir
    Path tmp;


    private String swa(String... args) {
        picocli.CommandLine cl = new SwaCli(new CatalogueLoader(), new ReadinessEngine(), Clock.systemDefaultZone(), live.environment(),
                new Retries(3, Duration.ofMillis(500), 2)).commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        assertThat(cl.execute(args)).as(String.join(" ", args) + ": " + err).isIn(0, 1);
        return out.toString();
    }


    /** The year the dashboard checks (its default period), as the gap's period says. */
    private String reportYear;

    /** The hidden fields of every upload form on the station page. */
    private static List<Map<String, String>> forms(String page) {
        List<Map<String, String>> out = new ArrayList<>();
        Matcher f = FORM.matcher(page);
        while (f.find()) {
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher h = HIDDEN.matcher(f.group(2));
            while (h.find()) {
                fields.put(h.group(1), h.group(2));
            }
            out.add(fields);
        }
        return out;
    }

    /** The station page's upload form for a monthly report (G1.1) with a period: its action and fields. */
    private static Map.Entry<String, Map<String, String>> monthlyForm(String page) {
        Matcher f = FORM.matcher(page);
        while (f.find()) {
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher h = HIDDEN.matcher(f.group(2));
            while (h.find()) {
                fields.put(h.group(1), h.group(2));
            }
            if ("G1.1".equals(fields.get("indicator")) && fields.containsKey("period") && fields.containsKey("docType")) {
                return Map.entry(f.group(1).replace("&amp;", "&"), fields);
            }
        }
        throw new AssertionError("no upload form for a monthly report on the station page");
    }

    /** Every node below a folder (children listings, as the store walks the station). */
    private static List<Node> below(AlfrescoClient client, String folderId) {
        List<Node> out = new ArrayList<>();
        var page = client.call(AlfrescoClient.Action.read(folderId), () -> client.nodes().listNodeChildren(folderId, 0, 1000, null, null,
                List.of("path"), null, null, null));
        for (var e : page.getList().getEntries()) {
            out.add(e.getEntry());
            if (Boolean.TRUE.equals(e.getEntry().isIsFolder())) {
                out.addAll(below(client, e.getEntry().getId()));
            }
        }
        return out;
    }

    @Test
    void should_file_the_handed_in_document_as_the_person_and_let_the_repository_refuse_one_without_write() throws Exception {
        long started = System.nanoTime();
        swa("station", "create", "--store", "alfresco:" + live.baseUrl(), code, "补交测试站 " + code, "--lang", "en");
        String archivist;
        String head;
        Node station;
        Node inbox;
        try (AlfrescoClient client = live.client()) {
            station = client.call(AlfrescoClient.Action.read(site), () -> client.nodes().getNode("-root-", null,
                    "Sites/" + site + "/documentLibrary/" + code, null)).getEntry();
            inbox = client.call(AlfrescoClient.Action.read(StationProvisioner.INBOX), () -> client.nodes().getNode(station.getId(),
                    List.of("permissions"), StationProvisioner.INBOX, null)).getEntry();
            archivist = people.add(client, "archivist", Role.ARCHIVIST);
            head = people.add(client, "head", Role.STATION_HEAD);
            // The site's manager takes the station head's write on the inbox away: the pages would let them file, the repository will not.
            String headGroup = StationProvisioner.group(code, Role.STATION_HEAD);
            StringBuilder aces = new StringBuilder();
            for (var ace : inbox.getPermissions().getLocallySet()) {
                if (!ace.getAuthorityId().equals(headGroup)) {
                    aces.append(aces.isEmpty() ? "" : ",").append("{\"authorityId\":\"").append(ace.getAuthorityId()).append("\",\"name\":\"")
                            .append(ace.getName()).append("\",\"accessStatus\":\"ALLOWED\"}");
                }
            }
            client.raw(AlfrescoClient.Action.changePermissions(StationProvisioner.INBOX), "PUT", AlfrescoClient.CORE + "/nodes/" + inbox.getId(),
                    "{\"permissions\":{\"isInheritanceEnabled\":true,\"locallySet\":[" + aces + "]}}").orElseThrow();
        }

        try (ServeRunner swa = ServeRunner.start(Clock.systemDefaultZone(), live.environment(), "serve", "--store",
                "alfresco:" + live.baseUrl() + "/sites/" + site, "--port", "0")) {
            assertThat(swa.url()).as(swa.err()).isNotNull();
            String stationPage = "/stations/" + site;

            // The station head: refused by the repository, told so, nothing left behind.
            SignIn asHead = SignIn.as(swa.url(), head, people.password(head));
            assertThat(asHead.signedIn()).isTrue();
            var headForm = monthlyForm(asHead.get(stationPage).body());
            Period headPeriod = Period.parse(headForm.getValue().get("period")).orElseThrow();
            byte[] headDoc = new SampleDocuments(tmp).monthly(headPeriod.start().getYear(), headPeriod.start().getMonthValue(), "head " + code);
            HttpResponse<String> refused = asHead.upload(headForm.getKey(), headForm.getValue(), "月度总结-head.docx", headDoc);
            System.out.printf("acs-live: station head without write on the inbox hands in → %d%n", refused.statusCode());
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
            assertThat(refused.body()).contains("月度总结-head.docx 未归档：档案库不允许 " + head + " 在此归档");

            // The archivist: filed as them, the slot filled.
            SignIn asArchivist = SignIn.as(swa.url(), archivist, people.password(archivist));
            assertThat(asArchivist.signedIn()).isTrue();
            var form = monthlyForm(asArchivist.get(stationPage).body());
            String period = form.getValue().get("period");
            Period p = Period.parse(period).orElseThrow();
            byte[] doc = new SampleDocuments(tmp).monthly(p.start().getYear(), p.start().getMonthValue(), "archivist " + code);
            HttpResponse<String> filed = asArchivist.upload(form.getKey(), form.getValue(), "月度总结.docx", doc);
            assertThat(filed.statusCode()).as(filed.body()).isEqualTo(302);
            String after = asArchivist.get(stationPage).body();
            System.out.printf("acs-live: archivist hands in %s for G1.1 %s → %d%n", "月度总结.docx", period, filed.statusCode());
            assertThat(after).contains("已归档：月度总结.docx");
            // The slot is no longer among the gaps: no upload form names that period for G1.1 any more.
            assertThat(forms(after)).noneMatch(f -> "G1.1".equals(f.get("indicator")) && period.equals(f.get("period")));
            reportYear = String.valueOf(p.start().getYear());
        }

        try (AlfrescoClient client = live.client()) {
            List<Node> nodes = below(client, station.getId());
            List<Node> records = nodes.stream().filter(n -> n.getName().contains("月度工作总结") && Boolean.TRUE.equals(n.isIsFile())).toList();
            assertThat(records).as("exactly one record filed").hasSize(1);
            Node record = client.call(AlfrescoClient.Action.read(records.get(0).getId()), () -> client.nodes().getNode(records.get(0).getId(),
                    List.of("path"), null, null)).getEntry();
            System.out.printf("acs-live: %s/%s created by %s, modified by %s, type %s%n", record.getPath().getName(), record.getName(),
                    record.getCreatedByUser().getId(), record.getModifiedByUser().getId(), record.getNodeType());
            assertThat(record.getCreatedByUser().getId()).isEqualTo(archivist);
            assertThat(record.getModifiedByUser().getId()).isEqualTo(archivist);
            assertThat(record.getNodeType()).isEqualTo("swa:documentRecord");
            assertThat(nodes.stream().filter(n -> n.getName().startsWith("月度总结")).toList()).as("nothing of either upload left in the inbox")
                    .isEmpty();
            assertThat(nodes.stream().filter(n -> head.equals(n.getCreatedByUser() == null ? null : n.getCreatedByUser().getId())).toList())
                    .as("nothing in the station made by the refused head").isEmpty();
        }
        System.out.printf("acs-live: gap upload part took %.1f s%n", (System.nanoTime() - started) / 1e9);

        // The evaluation day on the same station (issue 17 §1–2): two evaluators score and submit, the sheet is filed with its 档号.
        String store = "alfresco:" + live.baseUrl() + "/sites/" + site;
        String year = reportYear;
        String filingYear = String.valueOf(java.time.LocalDate.now().getYear());
        String assessors = code.toLowerCase() + "-assessors";
        try (AlfrescoClient client = live.client()) {
            client.raw(AlfrescoClient.Action.createChildren("groups"), "POST", AlfrescoClient.CORE + "/groups",
                    "{\"id\":\"" + assessors + "\",\"displayName\":\"" + assessors + "\"}");
        }
        String opened = swa("inspect", "open", "--store", store, "--evaluators", assessors, "--until",
                java.time.LocalDate.now().plusDays(30).toString(), "--period", year, "--as", head, "--evaluator", "孙评估", "--evaluator", "李评估");
        Matcher w = Pattern.compile("已开放评估窗口：(\\S+)").matcher(opened);
        assertThat(w.find()).as(opened).isTrue();
        String window = w.group(1);
        swa("inspect", "verdict", window, "A1.1", "--verdict", "partly", "--points", "2", "--comment", "协议未盖章", "--as", "孙评估",
                "--store", store, "--period", year);
        swa("inspect", "verdict", window, "A2.1", "--verdict", "not-met", "--points", "0", "--as", "李评估", "--store", store, "--period", year);
        swa("inspect", "verdict", window, "A2.2", "--verdict", "partly", "--as", "李评估", "--store", store, "--period", year);
        swa("inspect", "submit", window, "--as", "孙评估", "--store", store, "--period", year);
        String submitted = swa("inspect", "submit", window, "--as", "李评估", "--store", store, "--period", year);
        System.out.printf("acs-live: %s", submitted);
        assertThat(submitted).contains("评分表已归档", "档号 " + code + "-WS·" + filingYear + "-D30-0001");
        Path json = tmp.resolve("sheet.json");
        swa("inspect", "scoresheet", window, "--store", store, "--period", year, "--format", "json", "--out", json.toString());
        var sheet = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile());
        // By hand: the readiness total, with each leaf an evaluator gave points for changed by (awarded − computed).
        double expected = sheet.get("computedTotal").asDouble();
        for (var i : sheet.get("indicators")) {
            if (i.get("leaf").asBoolean() && i.get("pointsGiven").asBoolean()) {
                expected += i.get("awardedPoints").asDouble() - i.get("computedPoints").asDouble();
            }
        }
        System.out.printf("acs-live: score sheet total %s (readiness %s), grade %s%n", sheet.get("total"), sheet.get("computedTotal"),
                sheet.get("grade").get("label"));
        assertThat(sheet.get("total").asDouble()).isCloseTo(expected, org.assertj.core.data.Offset.offset(0.005));
        assertThat(sheet.get("evaluators").toString()).contains("孙评估", "李评估");
        try (AlfrescoClient client = live.client()) {
            List<Node> sheets = below(client, station.getId()).stream().filter(n -> n.getName().contains("-评分表-")).toList();
            assertThat(sheets).hasSize(1);
            Node filedSheet = client.call(AlfrescoClient.Action.read(sheets.get(0).getId()), () -> client.nodes().getNode(sheets.get(0).getId(),
                    List.of("properties", "path"), null, null)).getEntry();
            @SuppressWarnings("unchecked")
            Map<String, Object> props = (Map<String, Object>) filedSheet.getProperties();
            System.out.printf("acs-live: sheet filed at %s/%s as %s, %s%n", filedSheet.getPath().getName(), filedSheet.getName(),
                    props.get("swa:docType"), props.get("swa:archiveCode"));
            assertThat(props).containsEntry("swa:docType", "evaluation-report").containsEntry("swa:archiveCode", code + "-WS·" + filingYear + "-D30-0001");
        }
        System.out.printf("acs-live: gap upload and evaluation day took %.1f s%n", (System.nanoTime() - started) / 1e9);
    }
}
