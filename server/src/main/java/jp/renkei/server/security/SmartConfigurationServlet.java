package jp.renkei.server.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Serves {@code .well-known/smart-configuration}. A servlet of its own because the FHIR base path belongs to HAPI's
 * servlet, and an exact servlet mapping wins over HAPI's {@code /fhir/*}.
 */
public final class SmartConfigurationServlet extends HttpServlet {

    private final transient SmartConfigurationSource source;
    private final transient ObjectMapper json;

    public SmartConfigurationServlet(SmartConfigurationSource source, ObjectMapper json) {
        this.source = source;
        this.json = json;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), source.describe(request));
    }
}
