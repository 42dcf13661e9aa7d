package org.swarchive.disposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.swarchive.disposition.DisposalServiceTest.APPROVED;
import static org.swarchive.disposition.DisposalServiceTest.AS_OF;
import static org.swarchive.disposition.DisposalServiceTest.DESTROYED;
import static org.swarchive.disposition.DisposalServiceTest.PROPOSED;
import static org.swarchive.disposition.DisposalServiceTest.SUPERVISORS;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.swarchive.i18n.Language;
import org.swarchive.archive.RecordReader;
import org.swarchive.archive.disposition.ProposalState;
import org.swarchive.archive.disposition.RetentionSchedule;
import org.swarchive.archive.disposition.SignOffRole;
import org.swarchive.store.StoreException;
import org.swarchive.store.alfresco.AlfrescoClient;
import org.swarchive.store.alfresco.AlfrescoRecords;
import org.swarchive.store.alfresco.AlfrescoStationState;
import org.swarchive.store.alfresco.AlfrescoStore;
import org.swarchive.store.alfresco.FakeRepository;
import org.swarchive.store.alfresco.RepositoryStation;
import org.swarchive.store.ModelConstraints;

/**
 * The disposal workflow on a station in Alfresco, against a repository that remembers: what is
 * destroyed is deleted permanently and is exactly what the register lists, also when a delete
 * fails or its answer is lost and the same command runs again.
 */
class AlfrescoDisposalTest {

    private static final String LOG_1 = "文书档案/2014/定期10年/2014-03-工作日志.txt";
    private static final String LOG_2 = "文书档案/2014/定期10年/2014-04-工作日志.txt";
    private static final String LOG_3 = "文书档案/2014/定期10年/2014-05-工作日志.txt";
    private static final String YOUNG = "文书档案/2020/定期10年/2020-05-工作日志.txt";
    private static final String POLICY = "文书档案/2014/永久/管理制度.txt";
    private static final String REGISTER = "文书档案/2026/永久/2026-03-20-档案销毁清册-P2026-001.xlsx";

    private RepositoryStation station;
    private AlfrescoClient client;
    private String log1;
    private String log2;
    private String log3;
    private final java.util.Set<String> records = new java.util.HashSet<>();

    @BeforeEach
    void start() {
        station = new RepositoryStation();
        log1 = log(LOG_1, "2014-03", "0001", "12");
        log2 = log(LOG_2, "2014-04", "0002", "9");
        log3 = log(LOG_3, "2014-05", "0003", "7");
        station.file(YOUNG, "swa:documentRecord", Map.of("swa:docType", "work-log", "swa:period", "2020-05",
                "swa:archiveCode", "JN01-WS·2020-D10-0001"));
        station.file(POLICY, "swa:documentRecord", Map.of("swa:docType", "policy", "swa:documentDate", "2014-01-01",
                "swa:archiveCode", "JN01-WS·2014-Y-0001"));
        client = station.client();
        records.addAll(List.of(log1, log2, log3, station.at(YOUNG).orElseThrow().get("id").asText(),
                station.at(POLICY).orElseThrow().get("id").asText()));
    }

    /** The records deleted permanently, in order (the notes' short-lived lock notes left out). */
    private List<String> destroyed() {
        return station.repository().deletedPermanently().stream().filter(records::contains).toList();
    }

    private String log(String path, String period, String item, String pages) {
        return station.file(path, "swa:documentRecord", Map.of("swa:docType", "work-log", "swa:period", period,
                "swa:archiveCode", "JN01-WS·2014-D10-" + item, "cm:title", period.replace("-0", "年") + "月工作日志",
                "swa:pageCount", pages));
    }

    @AfterEach
    void stop() {
        client.close();
        station.close();
    }

    /** A fresh service each time, as each command run builds one. */
    private DisposalService disposal() {
        AlfrescoStore store = new AlfrescoStore(client, RepositoryStation.SITE, new RecordReader(TestStation.CATALOGUE),
                ModelConstraints.shipped());
        RetentionService retention = new RetentionService(new AlfrescoRecords(store),
                new DispositionRepository(new AlfrescoStationState(client, RepositoryStation.SITE)),
                RetentionSchedule.national(TestStation.CATALOGUE));
        return new DisposalService(retention, new RegisterWorkbook(), new RegisterHtml());
    }

    private String approvedProposal() {
        String id = disposal().propose("李档案", AS_OF, PROPOSED, List.of(), List.of(), null).proposal().id();
        disposal().approve(id, SignOffRole.STATION_HEAD, "王站长", APPROVED, "同意销毁");
        return id;
    }

    /** Fails every permanent delete of this node with the given answer while {@code on} holds. */
    private void failDeletesOf(String nodeId, AtomicBoolean on, ResponseDefinitionBuilder answer, boolean deleteFirst) {
        station.repository().route((method, path, query, request, repo) -> {
            if (!on.get() || !method.equals("DELETE") || !path.endsWith("/nodes/" + nodeId)) {
                return null;
            }
            if (deleteFirst && repo.node(nodeId) != null) {
                // The repository did the delete; only its answer never arrived.
                repo.remove(nodeId, true);
            }
            return answer.build();
        });
    }

    @Test
    void should_delete_exactly_the_approved_records_permanently_and_file_the_register_in_the_station_when_executed() {
        String id = disposal().propose("李档案", AS_OF, PROPOSED, List.of(), List.of(), null).proposal().id();
        assertThat(station.properties(LOG_1)).containsEntry("swa:dispositionStatus", "proposed").containsEntry("swa:dispositionDate", "2025-01-01");
        disposal().approve(id, SignOffRole.STATION_HEAD, "王站长", APPROVED, "同意销毁");
        assertThat(station.properties(LOG_2)).containsEntry("swa:dispositionStatus", "approved");

        var executed = disposal().execute(id, SUPERVISORS, DESTROYED, Language.ZH);

        assertThat(destroyed()).containsExactly(log1, log2, log3);
        assertThat(station.repository().trashed()).isEmpty();
        assertThat(station.at(YOUNG)).isPresent();
        assertThat(station.at(POLICY)).isPresent();
        assertThat(executed.register().rows()).extracting(r -> r.archiveCode())
                .containsExactly("JN01-WS·2014-D10-0001", "JN01-WS·2014-D10-0002", "JN01-WS·2014-D10-0003");
        assertThat(executed.registerRecord()).hasValue(REGISTER);
        assertThat(station.properties(REGISTER)).containsEntry("swa:docType", "destruction-register").containsEntry("swa:retention", "Y")
                .containsEntry("swa:archiveCode", "JN01-WS·2026-Y-0001").containsEntry("swa:dispositionStatus", "permanent")
                .containsEntry("swa:documentDate", "2026-03-20");
        assertThat(station.at(REGISTER).orElseThrow().get("nodeType").asText()).isEqualTo("swa:documentRecord");
        assertThat(station.note("disposition/P2026-001/销毁清册-P2026-001.html")).hasValueSatisfying(html -> assertThat(html).contains("赵监销"));
        assertThat(station.note("disposition/P2026-001/journal.log")).hasValueSatisfying(j -> assertThat(j).contains("\"ref\":\"" + log2 + "\""));
        assertThat(executed.registerHtml()).endsWith("/Sites/swa-jn01/documentLibrary/.swa/disposition/P2026-001/销毁清册-P2026-001.html");
        assertThat(disposal().show(id).state()).isEqualTo(ProposalState.EXECUTED);
    }

    @Test
    void should_resume_and_list_only_what_is_gone_when_the_second_delete_fails_with_500_and_the_command_runs_again() {
        String id = approvedProposal();
        AtomicBoolean failing = new AtomicBoolean(true);
        failDeletesOf(log2, failing, new ResponseDefinitionBuilder().withStatus(500).withHeader("Content-Type", "application/json")
                .withBody(FakeRepository.errorBody(500).toString()), false);

        assertThatThrownBy(() -> disposal().execute(id, SUPERVISORS, DESTROYED, Language.ZH))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.reason().zh()).contains(LOG_2).contains("HTTP 500"));
        assertThat(destroyed()).containsExactly(log1);
        assertThat(station.at(LOG_2)).isPresent();
        assertThat(station.at(LOG_3)).isPresent();
        assertThat(disposal().show(id).state()).isEqualTo(ProposalState.INTERRUPTED);
        assertThat(station.at(REGISTER)).isEmpty();

        failing.set(false);
        var resumed = disposal().execute(id, List.of(), DESTROYED.plusHours(2), Language.ZH);

        assertThat(resumed.resumed()).isTrue();
        assertThat(destroyed()).containsExactly(log1, log2, log3);
        assertThat(resumed.register().rows()).extracting(r -> r.archiveCode())
                .containsExactly("JN01-WS·2014-D10-0001", "JN01-WS·2014-D10-0002", "JN01-WS·2014-D10-0003");
        assertThat(station.at(YOUNG)).isPresent();
        assertThat(station.repository().trashed()).isEmpty();
    }

    @Test
    void should_count_the_record_destroyed_once_when_the_delete_went_through_but_every_answer_timed_out() {
        String id = approvedProposal();
        AtomicBoolean failing = new AtomicBoolean(true);
        failDeletesOf(log2, failing, new ResponseDefinitionBuilder().withFault(Fault.CONNECTION_RESET_BY_PEER), true);

        assertThatThrownBy(() -> disposal().execute(id, SUPERVISORS, DESTROYED, Language.ZH))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.reason().zh()).contains("连接失败或超时"));
        assertThat(station.at(LOG_2)).isEmpty();
        assertThat(station.at(LOG_3)).isPresent();
        assertThat(disposal().show(id).progress().interrupted(LOG_2)).isTrue();

        failing.set(false);
        var resumed = disposal().execute(id, List.of(), DESTROYED.plusHours(2), Language.ZH);

        assertThat(resumed.progress().destroyed()).containsExactly(LOG_1, LOG_2, LOG_3);
        assertThat(resumed.progress().missing()).isEmpty();
        assertThat(resumed.register().quantity()).isEqualTo(3);
        assertThat(destroyed()).containsExactly(log1, log2, log3);
    }

    @Test
    void should_skip_a_record_put_on_hold_in_alfresco_after_approval_and_say_why() {
        String id = approvedProposal();
        // Someone sets the hold in Share, on the node itself.
        ObjectNode node = station.repository().node(log3);
        ((ObjectNode) node.get("properties")).put("swa:hold", true).put("swa:holdReason", "区审计局专项审计进行中");
        node.withArray("aspectNames").add("swa:held");

        var executed = disposal().execute(id, SUPERVISORS, DESTROYED, Language.ZH);

        assertThat(station.at(LOG_3)).isPresent();
        assertThat(destroyed()).containsExactly(log1, log2);
        assertThat(executed.progress().skipped()).containsOnlyKeys(LOG_3);
        assertThat(executed.progress().skipped().get(LOG_3).in(Language.ZH)).contains("区审计局专项审计进行中");
        assertThat(executed.register().rows()).extracting(r -> r.archiveCode())
                .containsExactly("JN01-WS·2014-D10-0001", "JN01-WS·2014-D10-0002");
    }

    @Test
    void should_list_a_record_someone_else_deleted_meanwhile_as_gone_and_not_in_the_register() {
        String id = approvedProposal();
        station.repository().remove(log1, false);

        var executed = disposal().execute(id, SUPERVISORS, DESTROYED, Language.ZH);

        assertThat(executed.progress().missing()).containsExactly(LOG_1);
        assertThat(executed.register().rows()).extracting(r -> r.archiveCode())
                .containsExactly("JN01-WS·2014-D10-0002", "JN01-WS·2014-D10-0003");
        assertThat(destroyed()).containsExactly(log2, log3);
    }

    @Test
    void should_file_the_register_once_when_its_upload_failed_and_the_command_ran_again() {
        String id = approvedProposal();
        AtomicBoolean failing = new AtomicBoolean(true);
        station.repository().route((method, path, query, request, repo) -> failing.get() && method.equals("POST")
                && request.isMultipart() && request.getBodyAsString().contains("destruction-register")
                ? FakeRepository.ok(500, FakeRepository.errorBody(500)) : null);

        assertThatThrownBy(() -> disposal().execute(id, SUPERVISORS, DESTROYED, Language.ZH)).isInstanceOf(StoreException.class);
        assertThat(destroyed()).containsExactly(log1, log2, log3);

        failing.set(false);
        var resumed = disposal().execute(id, List.of(), DESTROYED, Language.ZH);
        var again = disposal().execute(id, List.of(), DESTROYED, Language.ZH);

        assertThat(resumed.registerRecord()).hasValue(REGISTER);
        assertThat(again.registerRecord()).isEqualTo(resumed.registerRecord());
        String folder = station.at("文书档案/2026/永久").orElseThrow().get("id").asText();
        assertThat(station.repository().children(folder)).hasSize(1);
        assertThat(disposal().show(id).state()).isEqualTo(ProposalState.EXECUTED);
    }

    @Test
    void should_free_the_records_and_keep_the_proposal_when_withdrawn_on_alfresco() {
        String id = disposal().propose("李档案", AS_OF, PROPOSED, List.of(), List.of(), null).proposal().id();

        var withdrawn = disposal().withdraw(id, "李档案", "鉴定有误", LocalDateTime.of(2026, 3, 3, 9, 0));

        assertThat(withdrawn.released()).isEqualTo(3);
        assertThat(station.properties(LOG_1)).containsEntry("swa:dispositionStatus", "due");
        assertThat(station.note("disposition/P2026-001/withdrawal.json")).hasValueSatisfying(w -> assertThat(w).contains("鉴定有误"));
        assertThat(station.note("disposition/P2026-001/proposal.json")).isPresent();
        assertThat(disposal().show(id).state()).isEqualTo(ProposalState.WITHDRAWN);
        assertThat(destroyed()).isEmpty();
    }
}
