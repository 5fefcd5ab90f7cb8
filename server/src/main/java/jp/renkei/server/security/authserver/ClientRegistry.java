package jp.renkei.server.security.authserver;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registered partners by client id, read once at start (demo partners and the clients file). Immutable: a new
 * partner is registered by editing the clients file and restarting, which keeps every token request free of
 * database lookups.
 */
public final class ClientRegistry {

    private final Map<String, RegisteredPartner> partners;

    public ClientRegistry(List<RegisteredPartner> partners) {
        Map<String, RegisteredPartner> byId = new LinkedHashMap<>();
        for (RegisteredPartner partner : partners) {
            if (byId.put(partner.clientId(), partner) != null) {
                throw new IllegalStateException("Client registered twice: " + partner.clientId());
            }
        }
        this.partners = Map.copyOf(byId);
    }

    public Optional<RegisteredPartner> find(String clientId) {
        return Optional.ofNullable(partners.get(clientId));
    }

    public Collection<RegisteredPartner> all() {
        return partners.values();
    }
}
