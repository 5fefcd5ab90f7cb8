package jp.renkei.server.config;

import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The FHIR endpoint's settings ({@code renkei.fhir.*}).
 *
 * @param defaultPageSize search results per page when the client does not ask with {@code _count}
 * @param maxPageSize the largest {@code _count} honoured
 * @param maxRequestSize the largest request body accepted; larger ones get 413
 * @param corsAllowedOrigins origins allowed by CORS; empty (the default) leaves CORS off
 */
@Validated
@ConfigurationProperties("renkei.fhir")
public record FhirProperties(
        @DefaultValue("20") @Min(1) int defaultPageSize,
        @DefaultValue("200") @Min(1) int maxPageSize,
        @DefaultValue("20MB") DataSize maxRequestSize,
        @DefaultValue List<String> corsAllowedOrigins) {}
