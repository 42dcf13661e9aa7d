package org.swarchive.store.alfresco;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.alfresco.authentication.model.TicketBody;
import org.alfresco.authentication.model.TicketEntry;
import org.alfresco.core.model.GroupEntry;
import org.alfresco.core.model.GroupPaging;
import org.swarchive.access.Role;
import org.swarchive.retry.Retries;

/**
 * Signing a person in against the repository: their name and password buy a ticket
 * ({@code POST /tickets}), and the groups {@code swa station create} made
 * ({@code GROUP_<site>-<role>}, {@link StationProvisioner#group}) say their roles at which station.
 * Every later request is made with the ticket, as that person, so the repository's permissions
 * decide what they read; the service account is never lent to them.
 */
public final class AlfrescoSignIn {

    /**
     * Members of these groups are the district administrators: Alfresco's own administrators, or a
     * district group the district makes itself ({@code swa station create} makes none).
     */
    public static final List<String> DISTRICT_GROUPS = List.of("GROUP_ALFRESCO_ADMINISTRATORS", "GROUP_swa-district-admin");

    /**
     * Who signed in: the repository's user id, their ticket, their roles by station (site id), and
     * every group they are in ({@code GROUP_…}: an evaluator's inspection group is one of them).
     */
    public record SignedIn(String userId, String ticket, Map<String, Set<Role>> rolesBySite, List<String> groupIds) {
        public SignedIn {
            rolesBySite = Map.copyOf(rolesBySite);
            groupIds = List.copyOf(groupIds);
        }

        public SignedIn(String userId, String ticket, Map<String, Set<Role>> rolesBySite) {
            this(userId, ticket, rolesBySite, List.of());
        }

        /** Whether they administer the district: every station, read-only ({@link #DISTRICT_GROUPS}). */
        public boolean districtAdmin() {
            return groupIds.stream().anyMatch(DISTRICT_GROUPS::contains);
        }

        /** Every role the person has at any station. */
        public Set<Role> roles() {
            Set<Role> all = new LinkedHashSet<>();
            rolesBySite.values().forEach(all::addAll);
            return all;
        }

        /** The credentials every request for this person is made with. */
        public AlfrescoCredentials credentials() {
            return AlfrescoCredentials.ticket(userId, ticket);
        }

        @Override
        public String toString() {
            // A ticket is as good as the password while it lives: never in a log.
            return "SignedIn[" + userId + ", ticket ****, " + rolesBySite + ", " + groupIds + "]";
        }
    }

    private static final int GROUP_PAGE = 100;

    private final String baseUrl;
    private final Retries retries;
    /** The service's client, whose connection each person's requests share ({@link AlfrescoClient#as}); null: a client per sign-in. */
    private final AlfrescoClient shared;

    public AlfrescoSignIn(String baseUrl, Retries retries) {
        this.baseUrl = baseUrl;
        this.retries = retries;
        this.shared = null;
    }

    /** Over the connection of the service's client: a sign-in costs two requests, not a new client. */
    public AlfrescoSignIn(AlfrescoClient repository) {
        this.baseUrl = repository.baseUrl();
        this.retries = null;
        this.shared = repository;
    }

    private AlfrescoClient client(AlfrescoCredentials as) {
        return shared != null ? shared.as(as) : AlfrescoClient.connect(baseUrl, as, retries);
    }

    /**
     * The person a ticket stands for (Share passes its signed-in user's ticket, {@code alf_ticket}):
     * their id ({@code GET /people/-me-}) and groups, asked with the ticket; empty when the
     * repository does not take it (401/403). A ticket is never a sign-in of its own: it was bought
     * with a password by Share's sign-in.
     */
    public Optional<SignedIn> withTicket(String ticket) {
        if (ticket == null || ticket.isBlank() || ticket.length() > 512) {
            return Optional.empty();
        }
        try (AlfrescoClient asTicket = client(AlfrescoCredentials.ticket("ticket", ticket))) {
            Optional<String> me = asTicket.raw(AlfrescoClient.Action.read("people/-me-"), "GET", AlfrescoClient.CORE + "/people/-me-", null);
            Optional<String> userId = me.map(AlfrescoSignIn::entryId);
            if (userId.isEmpty()) {
                return Optional.empty();
            }
            List<String> groups = groupsOf(asTicket);
            return Optional.of(new SignedIn(userId.get(), ticket, rolesBySite(groups), groups));
        } catch (AlfrescoClient.Refused refused) {
            if (refused.status() == 401 || refused.status() == 403) {
                return Optional.empty();
            }
            throw refused;
        }
    }

    /** {@code entry.id} of an answer ({@code {"entry": {"id": "lina", ...}}}). */
    private static String entryId(String answer) {
        tools.jackson.databind.JsonNode id = tools.jackson.databind.json.JsonMapper.builder().build().readTree(answer).path("entry").path("id");
        return id.isString() && !id.asString().isBlank() ? id.asString() : null;
    }

    /**
     * The person, when the repository accepts the name and password; empty when it refuses them
     * (401/403). A repository that cannot be reached is a {@link org.swarchive.store.StoreException}.
     */
    public Optional<SignedIn> signIn(String name, String password) {
        String ticket;
        String userId;
        try (AlfrescoClient asPerson = client(AlfrescoCredentials.basic(name, password))) {
            TicketEntry entry = asPerson.call(AlfrescoClient.Action.read("tickets"),
                    () -> asPerson.authentication().createTicket(new TicketBody().userId(name).password(password)));
            if (entry == null || entry.getEntry() == null || entry.getEntry().getId() == null) {
                return Optional.empty();
            }
            ticket = entry.getEntry().getId();
            // The repository's own spelling of the id (case), as its permissions know it.
            userId = entry.getEntry().getUserId() != null ? entry.getEntry().getUserId() : name;
        } catch (AlfrescoClient.Refused refused) {
            if (refused.status() == 401 || refused.status() == 403) {
                return Optional.empty();
            }
            throw refused;
        }
        try (AlfrescoClient asTicket = client(AlfrescoCredentials.ticket(userId, ticket))) {
            List<String> groups = groupsOf(asTicket);
            return Optional.of(new SignedIn(userId, ticket, rolesBySite(groups), groups));
        }
    }

    /** Every group the ticket's person is in, page by page. */
    private static List<String> groupsOf(AlfrescoClient client) {
        List<String> ids = new ArrayList<>();
        int skip = 0;
        while (true) {
            int from = skip;
            GroupPaging page = client.call(AlfrescoClient.Action.read("people/-me-/groups"),
                    () -> client.groups().listGroupMembershipsForPerson("-me-", from, GROUP_PAGE, null, null, null, null));
            if (page == null || page.getList() == null || page.getList().getEntries() == null) {
                return ids;
            }
            for (GroupEntry e : page.getList().getEntries()) {
                if (e.getEntry() != null && e.getEntry().getId() != null) {
                    ids.add(e.getEntry().getId());
                }
            }
            boolean more = page.getList().getPagination() != null && Boolean.TRUE.equals(page.getList().getPagination().isHasMoreItems());
            if (!more || page.getList().getEntries().isEmpty()) {
                return ids;
            }
            skip += page.getList().getEntries().size();
        }
    }

    /**
     * Roles by station from group ids: {@code GROUP_swa-jn01-station-head} is the station head of
     * the site {@code swa-jn01}. Other groups (Alfresco's own, a site's role groups) give no role here.
     */
    public static Map<String, Set<Role>> rolesBySite(List<String> groupIds) {
        Map<String, Set<Role>> roles = new LinkedHashMap<>();
        for (String id : groupIds) {
            if (!id.startsWith("GROUP_")) {
                continue;
            }
            String name = id.substring("GROUP_".length());
            for (Role role : Role.values()) {
                String suffix = "-" + role.id();
                if (name.endsWith(suffix) && name.length() > suffix.length()) {
                    String site = name.substring(0, name.length() - suffix.length());
                    if (site.length() > "swa-".length() && site.startsWith("swa-") && id.equals(StationProvisioner.group(site.substring("swa-".length()), role))) {
                        roles.computeIfAbsent(site, s -> new LinkedHashSet<>()).add(role);
                    }
                }
            }
        }
        return roles;
    }
}
