package org.fengqiao.platform;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.paramnames.ParameterNamesModule;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.springboot.autoconfig.ObjectMapperAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The Jackson {@link ObjectMapper} behind Axon's serializers (events, snapshots, messages, tracking tokens), in every
 * deployable and every profile: the command side writes events with it and the query side reads them with it, so it
 * must be the same mapper in both.
 * <p>
 * With {@code axon.serializer.*=jackson}, Axon's auto-configuration builds its {@code JacksonSerializer}s from the
 * bean named {@value #AXON_OBJECT_MAPPER} when there is one, otherwise from whatever ObjectMapper it finds first —
 * normally Spring MVC's. A dedicated mapper keeps the stored event format independent of {@code spring.jackson.*}
 * settings made for the HTTP API (a naming strategy or inclusion rule changed there would otherwise silently change
 * how new events are written and how old ones are read). It is not a default autowire candidate, so Spring Boot still
 * creates and injects its own ObjectMapper everywhere else.
 */
@AutoConfiguration(after = JacksonAutoConfiguration.class,
        before = {ObjectMapperAutoConfiguration.class, AxonAutoConfiguration.class})
public class AxonJacksonConfiguration {

    /** The bean name Axon's auto-configuration looks for first. */
    public static final String AXON_OBJECT_MAPPER = "defaultAxonObjectMapper";

    @Bean(name = AXON_OBJECT_MAPPER, defaultCandidate = false)
    @ConditionalOnMissingBean(name = AXON_OBJECT_MAPPER)
    public ObjectMapper defaultAxonObjectMapper() {
        return axonObjectMapper();
    }

    /**
     * A new mapper with the settings the stored format relies on: java.time values as ISO-8601 strings, records and
     * constructor parameters by name, Optional support, and tolerance for fields that newer code no longer has.
     */
    public static ObjectMapper axonObjectMapper() {
        return JsonMapper.builder()
                         .addModule(new JavaTimeModule())
                         .addModule(new Jdk8Module())
                         .addModule(new ParameterNamesModule())
                         .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                         .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                         .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                         .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                         .build();
    }
}
