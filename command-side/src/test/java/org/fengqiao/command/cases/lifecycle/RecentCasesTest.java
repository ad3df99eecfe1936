package org.fengqiao.command.cases.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;

class RecentCasesTest {

    @Test
    void keeps_the_most_recently_used_cases_up_to_its_capacity() {
        RecentCases cache = new RecentCases(2);
        cache.put("a", "state of a");
        cache.put("b", "state of b");
        assertThat((String) cache.get("a")).isEqualTo("state of a"); // a is now more recent than b
        cache.put("c", "state of c");

        assertThat(cache.containsKey("a")).isTrue();
        assertThat(cache.containsKey("b")).as("least recently used, pushed out").isFalse();
        assertThat(cache.containsKey("c")).isTrue();
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void removes_an_entry_and_tells_its_listeners() {
        RecentCases cache = new RecentCases(1);
        List<String> heard = new ArrayList<>();
        Registration registration = cache.registerCacheEntryListener(new Cache.EntryListenerAdapter() {
            @Override
            public void onEntryCreated(Object key, Object value) {
                heard.add("created " + key);
            }

            @Override
            public void onEntryUpdated(Object key, Object value) {
                heard.add("updated " + key);
            }

            @Override
            public void onEntryRemoved(Object key) {
                heard.add("removed " + key);
            }

            @Override
            public void onEntryExpired(Object key) {
                heard.add("expired " + key);
            }
        });
        cache.put("a", 1);
        cache.put("a", 2);
        cache.put("b", 3);
        assertThat(cache.remove("b")).isTrue();
        assertThat(cache.remove("b")).isFalse();
        registration.cancel();
        cache.put("c", 4);

        assertThat(heard).containsExactly("created a", "updated a", "expired a", "created b", "removed b");
        assertThat((Object) cache.get("b")).isNull();
    }

    @Test
    void puts_only_when_absent_and_updates_only_when_present() {
        RecentCases cache = new RecentCases(4);
        assertThat(cache.putIfAbsent("a", 1)).isTrue();
        assertThat(cache.putIfAbsent("a", 2)).isFalse();
        assertThat((Integer) cache.computeIfAbsent("a", () -> 3)).isEqualTo(1);
        cache.<Integer>computeIfPresent("a", value -> value + 10);
        cache.<Integer>computeIfPresent("missing", value -> value + 10);
        assertThat((Integer) cache.get("a")).isEqualTo(11);
        assertThat(cache.containsKey("missing")).isFalse();
        cache.removeAll();
        assertThat(cache.size()).isZero();
    }

    @Test
    void holds_at_least_one_case() {
        assertThatThrownBy(() -> new RecentCases(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
