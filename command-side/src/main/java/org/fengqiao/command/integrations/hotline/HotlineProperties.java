package org.fengqiao.command.integrations.hotline;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The 12345 hotlines this sub-district takes work orders from ({@code fengqiao.integrations.hotline.cities.<city>}):
 * no national wire format is published, so each city's orders are read through its own field map. Per city:
 * {@code client}, the system client that posts its orders (and owns {@code system}, the external system its order
 * numbers belong to, in {@code fengqiao.security.external-systems}); {@code fields}, our name of each order field to
 * the city's JSON key; {@code areas}, the city's area code to our grid; {@code units}, the city's unit code to our
 * handling unit (a unit code of our own is taken as it is); {@code request-types}, a request type code to a category
 * (else {@code default-category}); {@code urgencies}, an urgency code to a risk level (LOW or MEDIUM; else LOW);
 * {@code anonymous-caller}, the petitioner's name when the order names no caller; for the hotline's callbacks,
 * {@code follow-up-results}, a follow-up result code to a satisfaction (SATISFIED, BASICALLY_SATISFIED, DISSATISFIED),
 * and {@code extension-results}, an extension decision code to APPROVED or REFUSED (our own names are taken as they
 * are). Keys of the maps are the city's codes, in ASCII letters, digits and '-'.
 */
@ConfigurationProperties("fengqiao.integrations.hotline")
public record HotlineProperties(Map<String, City> cities) {

    /** Our names of a work order's fields and of the hotline's callbacks' fields, each the key of the field map. */
    static final List<String> FIELDS = List.of("order-no", "title", "content", "caller-name", "caller-phone",
            "address", "area-code", "request-type", "urgency", "dispatched-at", "due-date", "lead-unit",
            "assisting-units", "follow-up-result", "resolved", "followed-up-at", "rework-due-date", "urge-text",
            "urged-at", "feedback-due", "extension-result", "extended-due-date", "decided-at");

    public HotlineProperties {
        cities = cities == null ? Map.of() : Map.copyOf(cities);
    }

    /** The city whose orders {@code client} posts. */
    Optional<Map.Entry<String, City>> cityOf(String client) {
        return cities.entrySet().stream().filter(city -> city.getValue().client().equals(client)).findFirst();
    }

    /** One city's hotline. */
    public record City(
            String client,
            @DefaultValue("hotline-12345") String system,
            Map<String, String> fields,
            Map<String, String> areas,
            Map<String, String> units,
            Map<String, String> requestTypes,
            @DefaultValue("OTHER") String defaultCategory,
            Map<String, String> urgencies,
            @DefaultValue("匿名来电人") String anonymousCaller,
            Map<String, String> followUpResults,
            Map<String, String> extensionResults) {

        public City {
            fields = fields == null ? Map.of() : Map.copyOf(fields);
            areas = areas == null ? Map.of() : Map.copyOf(areas);
            units = units == null ? Map.of() : Map.copyOf(units);
            requestTypes = requestTypes == null ? Map.of() : Map.copyOf(requestTypes);
            urgencies = urgencies == null ? Map.of() : Map.copyOf(urgencies);
            followUpResults = followUpResults == null ? Map.of() : Map.copyOf(followUpResults);
            extensionResults = extensionResults == null ? Map.of() : Map.copyOf(extensionResults);
        }

        /** The city's JSON key of one of our fields: as mapped, else our own name. */
        String key(String field) {
            return fields.getOrDefault(field, field);
        }
    }
}
