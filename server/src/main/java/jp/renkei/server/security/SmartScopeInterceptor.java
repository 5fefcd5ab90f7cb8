package jp.renkei.server.security;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.IPreResourceShowDetails;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import jp.renkei.server.interceptor.RestInterceptor;
import jp.renkei.server.security.SmartScope.Interaction;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Enforces the SMART v2 scopes of the token ({@code system/<Type>.<cruds>}, {@code *} for any type): an interaction
 * the scopes do not cover is refused with 403. Only the scopes; which organization may see which patient, and
 * consent, are rules of their own on top of {@link CallingPartner}.
 *
 * <p>Checked twice, cheaply: the REST interaction before HAPI handles it (a clear 403 before any work), and every
 * resource written or shown through the storage layer, which is what catches the entries of a transaction and the
 * writes of operations such as {@code $ingest-ssmix2}. Resources of a type the caller may not read are left out of
 * what it is shown (an {@code _include}, a system-wide search), not refused.
 */
@Interceptor
public final class SmartScopeInterceptor implements RestInterceptor {

    @Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED)
    public void checkInteraction(RequestDetails request, RestOperationTypeEnum operation) {
        if (operation == RestOperationTypeEnum.METADATA) {
            return;
        }
        SmartScopes scopes = scopes(request);
        String type = request.getResourceName();
        Interaction needed = switch (operation) {
            case READ, VREAD, HISTORY_INSTANCE, META -> Interaction.READ;
            case SEARCH_TYPE, HISTORY_TYPE -> Interaction.SEARCH;
            case CREATE -> Interaction.CREATE;
            case UPDATE, PATCH, META_ADD, META_DELETE -> Interaction.UPDATE;
            case DELETE -> Interaction.DELETE;
            // Checked per resource by the storage hooks below (entries, operation writes, pages of results).
            case TRANSACTION, BATCH, EXTENDED_OPERATION_SERVER, EXTENDED_OPERATION_TYPE, EXTENDED_OPERATION_INSTANCE,
                    GET_PAGE, SEARCH_SYSTEM, HISTORY_SYSTEM -> null;
            default -> throw new ForbiddenOperationException("Not allowed with SMART scopes: " + operation);
        };
        if (needed != null && type != null) {
            scopes.require(type, needed);
        }
    }

    @Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_CREATED)
    public void checkCreate(IBaseResource resource, RequestDetails request) {
        check(resource, Interaction.CREATE, request);
    }

    @Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_UPDATED)
    public void checkUpdate(IBaseResource previous, IBaseResource resource, RequestDetails request) {
        check(resource, Interaction.UPDATE, request);
    }

    @Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_DELETED)
    public void checkDelete(IBaseResource resource, RequestDetails request) {
        check(resource, Interaction.DELETE, request);
    }

    @Hook(Pointcut.STORAGE_PRESHOW_RESOURCES)
    public void leaveOutUnreadableTypes(IPreResourceShowDetails shown, RequestDetails request) {
        if (CallingPartner.of(request).isEmpty()) {
            return; // not a REST caller: an internal read (e.g. HAPI resolving references while storing)
        }
        SmartScopes scopes = scopes(request);
        for (int i = 0; i < shown.size(); i++) {
            IBaseResource resource = shown.getResource(i);
            if (resource != null && !readable(scopes, type(resource))) {
                shown.setResource(i, null);
            }
        }
    }

    private static boolean readable(SmartScopes scopes, String type) {
        return scopes.allows(type, Interaction.READ) || scopes.allows(type, Interaction.SEARCH);
    }

    private static void check(IBaseResource resource, Interaction interaction, RequestDetails request) {
        if (request == null || CallingPartner.of(request).isEmpty()) {
            return; // written by the server itself (demo network, start-up), not on a caller's behalf
        }
        scopes(request).require(type(resource), interaction);
    }

    private static SmartScopes scopes(RequestDetails request) {
        return CallingPartner.of(request).map(CallingPartner::scopes)
                .orElseThrow(() -> new AuthenticationException("A bearer token is required"));
    }

    private static String type(IBaseResource resource) {
        return resource.fhirType();
    }
}
