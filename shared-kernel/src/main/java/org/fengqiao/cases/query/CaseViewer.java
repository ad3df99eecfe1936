package org.fengqiao.cases.query;

import java.util.Set;
import org.fengqiao.personaldata.NotPersonalData;

/**
 * Who asks a {@link ListCases}: the caller's account name and role names, so that the read model leaves out the
 * confidential cases the caller may not see ({@link CaseView#visibleTo}). The HTTP API sets it from the authenticated
 * caller, because the query is answered on another thread, or in another service, that knows no caller.
 */
public record CaseViewer(@NotPersonalData("the caller's account name: staff or a system client") String name,
                         Set<String> roles) {

    public CaseViewer {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
