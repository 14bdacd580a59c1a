package org.zwgk.catalogue.spring;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.zwgk.catalogue.spring.api.ApiProblems;
import org.zwgk.catalogue.spring.api.CatalogueApi;
import org.zwgk.catalogue.spring.api.CheckApi;
import org.zwgk.catalogue.spring.api.UploadLimitProblems;
import org.zwgk.catalogue.spring.internal.CheckGate;
import org.zwgk.catalogue.spring.internal.CheckMetrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * What the starter adds to a Spring Boot application: the {@link CheckService} bean, configured by
 * {@code zwgk.catalogue.*}, and, with {@code zwgk.catalogue.api.enabled=true} in a web application, the
 * {@code /api/v1} endpoints with their problem details.
 */
@AutoConfiguration
@EnableConfigurationProperties(CatalogueProperties.class)
public class CatalogueAutoConfiguration {

    /**
     * The legal registry checks judge citations by: the bundled one with the overlays {@code zwgk.catalogue.registry}
     * names. A bad overlay stops the start-up with its located problems: checking against half a correction of the
     * law would be worse.
     */
    @Bean
    @ConditionalOnMissingBean
    public CatalogueRegistry catalogueRegistry(CatalogueProperties properties) {
        return CatalogueRegistry.of(properties);
    }

    /**
     * The bound on checks at once and waiting ({@code zwgk.catalogue.limits.*}); a bean of its own so that the
     * application can see how full it is.
     */
    @Bean
    @ConditionalOnMissingBean
    public CheckGate catalogueCheckGate(CatalogueProperties properties) {
        return CheckGate.of(properties.limits());
    }

    /** The check service; its meters go to the application's registry when it has one. */
    @Bean
    @ConditionalOnMissingBean
    public CheckService catalogueCheckService(CatalogueProperties properties, CatalogueRegistry legalRegistry,
            ObjectProvider<MeterRegistry> registry, CheckGate gate) {
        return new CheckService(properties, new CheckMetrics(registry.getIfAvailable(SimpleMeterRegistry::new)),
                legalRegistry, gate);
    }

    /** The REST endpoints, when enabled. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnProperty(prefix = "zwgk.catalogue.api", name = "enabled", havingValue = "true")
    @Import({CheckApi.class, CatalogueApi.class, ApiProblems.class, UploadLimitProblems.class})
    static class Api {
    }
}
