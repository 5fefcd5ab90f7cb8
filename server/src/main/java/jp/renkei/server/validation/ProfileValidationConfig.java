package jp.renkei.server.validation;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.IInterceptorService;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.jpa.config.JpaConfig;
import jp.renkei.profiles.KnownIssues;
import jp.renkei.profiles.RenkeiProfiles;
import jp.renkei.profiles.ValidationSupportFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** Profile validation on write, registered on HAPI's global interceptor service so that every write path sees it. */
@Configuration
public class ProfileValidationConfig {

    /** Primary: HAPI's {@code $validate} looks its validator module up by type and so uses this one. */
    @Bean
    @Primary
    public ProfileValidator profileValidator(FhirContext fhirContext, RenkeiProfiles profiles,
            @Qualifier(JpaConfig.DEFAULT_PROFILE_VALIDATION_SUPPORT) IValidationSupport coreDefinitions) {
        return new ProfileValidator(fhirContext,
                () -> new ValidationSupportFactory(fhirContext).create(coreDefinitions),
                profiles::validExamples,
                KnownIssues.load());
    }

    /**
     * Warm up once the server serves (started, before the start-up runners): on two cores, warming during start-up
     * would delay it by several seconds.
     */
    @Bean
    public ApplicationListener<ApplicationStartedEvent> profileValidatorWarmUp(ProfileValidator validator) {
        return started -> validator.warmUp();
    }

    @Bean
    public ProfileValidationInterceptor profileValidationInterceptor(
            FhirContext fhirContext, ProfileValidator validator, IInterceptorService interceptors) {
        ProfileValidationInterceptor interceptor = new ProfileValidationInterceptor(fhirContext, validator);
        interceptors.registerInterceptor(interceptor);
        return interceptor;
    }
}
