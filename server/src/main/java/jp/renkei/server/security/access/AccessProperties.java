package jp.renkei.server.security.access;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Authorization settings ({@code renkei.access.*}).
 *
 * @param providerOrganizations the organizations whose systems provide the network's clinical data (the hospital):
 *     their clients read every patient's data and write their own patients' (Patient.managingOrganization), as far
 *     as their scopes go. Every other organization is a
 *     partner, limited to what consent, referrals and care teams give it.
 */
@ConfigurationProperties("renkei.access")
public record AccessProperties(
        @DefaultValue("Organization/renkei-demo-hospital") List<String> providerOrganizations) {

    public AccessProperties {
        providerOrganizations = List.copyOf(providerOrganizations);
    }
}
