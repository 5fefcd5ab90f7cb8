package jp.renkei.server.security;

import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.renkei.server.security.SmartScope.Interaction;

/**
 * The resource scopes granted to a caller. Only {@code system/} scopes count: Renkei serves backend services, and a
 * {@code patient/} or {@code user/} scope from an external issuer must not open system-wide access.
 */
public record SmartScopes(List<SmartScope> granted) {

    public SmartScopes {
        granted = List.copyOf(granted);
    }

    /** From the space-separated {@code scope} value; texts that are no resource scope are left out. */
    public static SmartScopes parse(String spaceSeparated) {
        return parse(Arrays.asList(spaceSeparated.trim().split("\\s+")));
    }

    public static SmartScopes parse(Collection<String> scopes) {
        return new SmartScopes(scopes.stream().map(SmartScope::parse).flatMap(Optional::stream).toList());
    }

    public boolean allows(String resourceType, Interaction interaction) {
        return granted.stream().anyMatch(scope -> scope.context().equals("system")
                && scope.allows(resourceType, interaction));
    }

    /** Refuses (403, naming the scope needed) what these scopes do not allow. */
    public void require(String resourceType, Interaction interaction) {
        if (!allows(resourceType, interaction)) {
            throw new ForbiddenOperationException("The token's scopes (" + this + ") do not allow "
                    + interaction.name().toLowerCase(Locale.ROOT) + " of " + resourceType + " (needs system/"
                    + resourceType + "." + interaction.letter() + ")");
        }
    }

    /**
     * Whether {@code scope} asks for nothing beyond these scopes together: {@code system/*.rs} and
     * {@code system/Task.u} cover {@code system/Task.rsu}.
     */
    public boolean covers(SmartScope scope) {
        return scope.interactions().stream().allMatch(interaction ->
                granted.stream().anyMatch(own -> own.allows(scope, interaction)));
    }

    @Override
    public String toString() {
        return granted.stream().map(SmartScope::toString).collect(Collectors.joining(" "));
    }
}
