package org.fengqiao.platform.security;

import java.util.List;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.ConstructorArgumentValues.ValueHolder;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;

/**
 * Takes Spring MVC's handler-mapping cache filter off the front of the security filter chain. Spring Security's MVC
 * support wraps {@code springSecurityFilterChain} in a composite whose first filter asks every handler mapping, on
 * every request, which handler would serve it, and keeps the answer for {@code MvcRequestMatcher}s and the MVC CORS
 * source. Nothing here needs it: every chain matches with {@code PathPatternRequestMatcher}s (the builder bean in
 * {@link ApiSecurityAutoConfiguration}), the API decides by {@link ApiAccessRules}' own patterns, and no chain has
 * CORS. The load harness's profile put the lookup at 2.4 % of all samples.
 * <p>
 * Runs after every bean-definition registry post-processor, so after Spring Security's wrappings (the MVC one, and the
 * one that puts the {@code ServletRequestPathFilter} the path matchers read first, which stays), and replaces the MVC
 * composite by the chain it wraps, wherever it sits. Changes nothing where Spring Security did not wrap.
 */
final class NoIntrospectionCache implements BeanFactoryPostProcessor {

    static final String FILTER_CHAIN = "springSecurityFilterChain";
    private static final String MVC_COMPOSITE = "WebMvcSecurityConfiguration$CompositeFilterChainProxy";
    private static final String COMPOSITE = "CompositeFilterChainProxy";
    private static final String CACHE_FILTER = "HandlerMappingIntrospectorCacheFilterFactoryBean";

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (!(beanFactory instanceof BeanDefinitionRegistry registry) || !registry.containsBeanDefinition(FILTER_CHAIN)) {
            return;
        }
        BeanDefinition chain = registry.getBeanDefinition(FILTER_CHAIN);
        BeanDefinition unwrapped = withoutCacheFilter(chain);
        if (unwrapped != chain) {
            registry.removeBeanDefinition(FILTER_CHAIN);
            registry.registerBeanDefinition(FILTER_CHAIN, unwrapped);
        }
    }

    /** The definition with the MVC composite replaced by the one definition it wraps besides the cache filter. */
    static BeanDefinition withoutCacheFilter(BeanDefinition definition) {
        List<Object> filters = compositeFilters(definition);
        if (filters == null) {
            return definition;
        }
        if (is(definition, MVC_COMPOSITE)) {
            List<Object> rest = filters.stream().filter(filter -> !(filter instanceof BeanDefinition inner
                    && is(inner, CACHE_FILTER))).toList();
            return rest.size() == 1 && rest.get(0) instanceof BeanDefinition inner && rest.size() < filters.size()
                    ? withoutCacheFilter(inner) : definition;
        }
        for (int i = 0; i < filters.size(); i++) {
            if (filters.get(i) instanceof BeanDefinition inner) {
                filters.set(i, withoutCacheFilter(inner));
            }
        }
        return definition;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> compositeFilters(BeanDefinition definition) {
        if (!is(definition, COMPOSITE)) {
            return null;
        }
        ValueHolder filters = definition.getConstructorArgumentValues().getIndexedArgumentValue(0, null);
        return filters != null && filters.getValue() instanceof List<?> list ? (List<Object>) list : null;
    }

    private static boolean is(BeanDefinition definition, String classNameSuffix) {
        String type = definition.getBeanClassName();
        return type != null && type.endsWith(classNameSuffix);
    }
}
