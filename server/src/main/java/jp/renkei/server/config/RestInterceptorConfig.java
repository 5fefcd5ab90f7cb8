package jp.renkei.server.config;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.server.interceptor.CorsInterceptor;
import jp.renkei.profiles.RenkeiProfiles;
import jp.renkei.server.interceptor.DroppedContentInterceptor;
import jp.renkei.server.interceptor.IfMatchPreconditionInterceptor;
import jp.renkei.server.interceptor.OffsetPagingInterceptor;
import jp.renkei.server.interceptor.RequestSizeLimitInterceptor;
import jp.renkei.server.interceptor.SupportedProfilesInterceptor;
import jp.renkei.server.validation.ProfileValidator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.CorsConfiguration;

/** Interceptors of the REST endpoint. */
@Configuration
public class RestInterceptorConfig {

    @Bean
    public RequestSizeLimitInterceptor requestSizeLimitInterceptor(FhirProperties properties) {
        return new RequestSizeLimitInterceptor(properties.maxRequestSize());
    }

    @Bean
    public OffsetPagingInterceptor offsetPagingInterceptor(FhirProperties properties) {
        return new OffsetPagingInterceptor(properties.defaultPageSize());
    }

    @Bean
    public SupportedProfilesInterceptor supportedProfilesInterceptor(RenkeiProfiles profiles) {
        return new SupportedProfilesInterceptor(profiles.declarations());
    }

    @Bean
    public DroppedContentInterceptor droppedContentInterceptor(FhirContext fhirContext, ProfileValidator validator) {
        return new DroppedContentInterceptor(fhirContext, validator);
    }

    @Bean
    public IfMatchPreconditionInterceptor ifMatchPreconditionInterceptor() {
        return new IfMatchPreconditionInterceptor();
    }

    /** CORS is off unless origins are configured: browsers on other sites get no access by default. */
    @Bean
    @ConditionalOnExpression("!'${renkei.fhir.cors-allowed-origins:}'.isBlank()")
    public CorsInterceptor corsInterceptor(FhirProperties properties) {
        CorsConfiguration cors = new CorsConfiguration();
        properties.corsAllowedOrigins().forEach(cors::addAllowedOriginPattern);
        cors.addAllowedHeader(HttpHeaders.ORIGIN);
        cors.addAllowedHeader(HttpHeaders.ACCEPT);
        cors.addAllowedHeader(HttpHeaders.CONTENT_TYPE);
        cors.addAllowedHeader(HttpHeaders.AUTHORIZATION);
        cors.addAllowedHeader(HttpHeaders.IF_MATCH);
        cors.addAllowedHeader("If-None-Exist");
        cors.addAllowedHeader("Prefer");
        cors.addExposedHeader(HttpHeaders.LOCATION);
        cors.addExposedHeader(HttpHeaders.CONTENT_LOCATION);
        cors.addExposedHeader(HttpHeaders.ETAG);
        cors.addAllowedMethod("*");
        return new CorsInterceptor(cors);
    }
}
