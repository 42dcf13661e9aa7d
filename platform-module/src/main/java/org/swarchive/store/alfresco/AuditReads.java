package org.swarchive.store.alfresco;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.alfresco.core.model.GroupMember;
import org.alfresco.core.model.GroupMemberPaging;
import org.swarchive.i18n.Message;
import org.swarchive.store.StoreException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads of documents as the repository's audit trail keeps them: the {@code swa-access} audit
 * application (content-models' {@code audit/swa-audit.xml}), which records every
 * {@code alfresco-access} transaction with its derived action, user, node, path and type. The
 * access register takes the {@code READ}s of the station's records from here, a page at a time.
 * The audit API needs an administrator's account.
 */
public final class AuditReads {

    public static final String APPLICATION = "swa-access";
    static final String VALUES = "/" + APPLICATION + "/transaction/";
    static final int PAGE = 500;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter WHERE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxxx");
    /** Alfresco writes offsets as +0000. */
    private static final DateTimeFormatter ALFRESCO_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxx");
    private static final AlfrescoClient.Action AUDIT = new AlfrescoClient.Action("审计日志 " + APPLICATION + " / audit log "
            + APPLICATION, "Admin");

    /**
     * One logged read.
     *
     * @param node the node id ({@code workspace://SpacesStore/} taken off)
     * @param path the node's path as the audit trail keeps it ({@code /app:company_home/st:sites/cm:swa-jn01/…})
     * @param type the node's type, e.g. {@code swa:serviceRecord}
     */
    public record Read(String user, Instant at, String node, String path, String type) {
    }

    private final AlfrescoClient client;

    public AuditReads(AlfrescoClient client) {
        this.client = client;
    }

    /** Every READ logged in [from, to), oldest first. */
    public List<Read> reads(Instant from, Instant to) {
        ensureEnabled();
        String where = "(createdAt BETWEEN ('" + WHERE_TIME.format(from.atOffset(ZoneOffset.UTC)) + "' , '"
                + WHERE_TIME.format(to.minusMillis(1).atOffset(ZoneOffset.UTC)) + "') and valuesKey='" + VALUES
                + "action' and valuesValue='READ')";
        List<Read> out = new ArrayList<>();
        for (int skip = 0; ; ) {
            String path = AlfrescoClient.CORE + "/audit-applications/" + APPLICATION + "/audit-entries?skipCount=" + skip
                    + "&maxItems=" + PAGE + "&orderBy=" + enc("createdAt ASC") + "&where=" + enc(where) + "&include=values";
            JsonNode list = json(client.raw(AUDIT, "GET", path, null).orElseThrow(AuditReads::notInstalled)).path("list");
            int count = 0;
            for (JsonNode e : list.path("entries")) {
                count++;
                JsonNode entry = e.path("entry");
                JsonNode values = entry.path("values");
                if (!"READ".equals(values.path(VALUES + "action").asString())) {
                    continue;
                }
                String user = values.path(VALUES + "user").asString(entry.path("createdByUser").path("id").asString());
                String node = values.path(VALUES + "node").asString("");
                out.add(new Read(user, time(entry.path("createdAt").asString()), node.substring(node.lastIndexOf('/') + 1),
                        values.path(VALUES + "path").asString(""), values.path(VALUES + "type").asString("")));
            }
            skip += count;
            if (count == 0 || !list.path("pagination").path("hasMoreItems").asBoolean(false)) {
                return out;
            }
        }
    }

    /** The account the service acts as: its own reads (dashboard, packages) are registered by the service with the real reader. */
    public Optional<String> serviceUser() {
        return client.raw(AlfrescoClient.Action.read("people/-me-"), "GET", AlfrescoClient.CORE + "/people/-me-", null)
                .map(j -> json(j).path("entry").path("id").asString(null));
    }

    /** The people in a group, through the groups inside it; none when the group does not exist. */
    public Set<String> members(String group) {
        Set<String> people = new LinkedHashSet<>();
        members(group, people, new LinkedHashSet<>());
        return people;
    }

    private void members(String group, Set<String> people, Set<String> seen) {
        if (!seen.add(group) || seen.size() > 50) {
            return;
        }
        for (int skip = 0; ; ) {
            int from = skip;
            Optional<GroupMemberPaging> page = client.find(AlfrescoClient.Action.read(group),
                    () -> client.groups().listGroupMemberships(group, from, 100, null, null, null));
            var entries = page.map(GroupMemberPaging::getList).map(l -> l.getEntries()).orElse(List.of());
            for (var e : entries) {
                GroupMember m = e.getEntry();
                if (m.getMemberType() == GroupMember.MemberTypeEnum.GROUP) {
                    members(m.getId(), people, seen);
                } else {
                    people.add(m.getId());
                }
            }
            skip += entries.size();
            if (entries.isEmpty() || page.get().getList().getPagination() == null
                    || !Boolean.TRUE.equals(page.get().getList().getPagination().isHasMoreItems())) {
                return;
            }
        }
    }

    /** A disabled application answers an empty list, which would pass for "nobody read anything". */
    private void ensureEnabled() {
        JsonNode app = json(client.raw(AUDIT, "GET", AlfrescoClient.CORE + "/audit-applications/" + APPLICATION, null)
                .orElseThrow(AuditReads::notInstalled));
        // The specs give the application unwrapped; repositories answer it inside "entry".
        JsonNode a = app.has("entry") ? app.get("entry") : app;
        if (!a.path("isEnabled").asBoolean(true)) {
            throw new StoreException(Message.of("access.audit.disabled", APPLICATION), null);
        }
    }

    private static StoreException notInstalled() {
        return new StoreException(Message.of("access.audit.not-installed", APPLICATION), null);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (JacksonException e) {
            throw new StoreException(Message.of("access.audit.unreadable"), null);
        }
    }

    static Instant time(String value) {
        try {
            return OffsetDateTime.parse(value, ALFRESCO_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return OffsetDateTime.parse(value).toInstant();
        }
    }
}
