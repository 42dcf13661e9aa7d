package org.swarchive.app;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.swarchive.access.Role;
import org.swarchive.store.alfresco.AlfrescoClient;
import org.swarchive.store.alfresco.StationProvisioner;

/**
 * People the live tests create in the repository, each in one of a station's groups, with a random
 * password held in memory only (never written down, never on a command line).
 */
final class LivePeople {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String code;
    private final Map<String, String> passwords = new HashMap<>();

    LivePeople(String code) {
        this.code = code;
    }

    /** Creates {@code name-<station>} in the station's group for {@code role}; returns the person's id. */
    String add(AlfrescoClient client, String name, Role role) {
        String id = name + "-" + code.toLowerCase();
        byte[] b = new byte[18];
        RANDOM.nextBytes(b);
        String password = "Pw-" + Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        client.raw(AlfrescoClient.Action.createChildren("people"), "POST", AlfrescoClient.CORE + "/people",
                "{\"id\":\"" + id + "\",\"firstName\":\"" + name + "\",\"email\":\"" + id + "@example.org\",\"password\":\"" + password + "\"}")
                .orElseThrow();
        String group = StationProvisioner.group(code, role);
        client.raw(AlfrescoClient.Action.createChildren(group), "POST", AlfrescoClient.CORE + "/groups/" + group + "/members",
                "{\"id\":\"" + id + "\",\"memberType\":\"PERSON\"}").orElseThrow();
        passwords.put(id, password);
        return id;
    }

    String password(String id) {
        return passwords.get(id);
    }
}
