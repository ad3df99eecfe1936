package org.fengqiao.query.integrations.hotline;

import java.util.Map;
import org.fengqiao.personaldata.NotPersonalData;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the callbacks to each city's hotline need of {@code fengqiao.integrations.hotline.cities.<city>} (the command
 * side reads the orders' part): the receiving {@code client}, the external {@code system} its orders are registered
 * under, the unit table ({@code units}, the city's code to ours, read backwards), the city's code of each of our
 * return reasons ({@code return-reasons}, e.g. {@code NOT_OUR_AREA: "01"}) and where callbacks go
 * ({@code callback.url}, {@code callback.secret}: {@code whsec_...}); without both, the city gets no callbacks.
 */
@ConfigurationProperties("fengqiao.integrations.hotline")
public record HotlineCallbackProperties(Map<String, City> cities) {

    public HotlineCallbackProperties {
        cities = cities == null ? Map.of() : Map.copyOf(cities);
    }

    /** One city's hotline, as far as its callbacks go. */
    public record City(
            String client,
            @DefaultValue("hotline-12345") String system,
            Map<String, String> units,
            @NotPersonalData("the city's codes of our return reasons, configuration") Map<String, String> returnReasons,
            Callback callback) {

        public City {
            units = units == null ? Map.of() : Map.copyOf(units);
            returnReasons = returnReasons == null ? Map.of() : Map.copyOf(returnReasons);
        }

        boolean callsBack() {
            return client != null && callback != null && callback.url() != null && callback.secret() != null;
        }
    }

    /** Where the city's callbacks go and the secret they are signed with. */
    public record Callback(String url, String secret) {

        /** Names the target only: the secret never goes to a log. */
        @Override
        public String toString() {
            return "Callback[" + url + "]";
        }
    }
}
