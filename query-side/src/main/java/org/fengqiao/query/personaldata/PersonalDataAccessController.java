package org.fengqiao.query.personaldata;

import static org.fengqiao.query.common.QueryParameters.blank;
import static org.fengqiao.query.common.QueryParameters.caseId;
import static org.fengqiao.query.common.QueryParameters.instant;
import static org.fengqiao.query.common.QueryParameters.number;

import java.util.List;
import org.fengqiao.query.common.JurisdictionScope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/audit/personal-data-access}: the log of every disclosure of personal data in full, newest first,
 * for auditors: filtered by case, by the account that saw it and by time ({@code from} inclusive, {@code to}
 * exclusive), in pages. An auditor bound to a node reads the disclosures of its subtree's cases only.
 */
@RestController
public class PersonalDataAccessController {

    private static final int MAX_PAGE_SIZE = 200;

    private final PersonalDataDisclosure disclosure;
    private final JurisdictionScope scope;

    PersonalDataAccessController(PersonalDataDisclosure disclosure, JurisdictionScope scope) {
        this.disclosure = disclosure;
        this.scope = scope;
    }

    /** One page of the log. */
    public record AccessPage(List<PersonalDataAccessLog.Entry> items, int page, int size) {
    }

    @GetMapping("/api/audit/personal-data-access")
    public AccessPage find(@RequestParam(required = false) String caseId,
                           @RequestParam(required = false) String actor,
                           @RequestParam(required = false) String from,
                           @RequestParam(required = false) String to,
                           @RequestParam(required = false) String page,
                           @RequestParam(required = false) String size) {
        int pageNumber = (int) number("page", page, 0, 100_000, 0);
        int pageSize = (int) number("size", size, 1, MAX_PAGE_SIZE, 50);
        return new AccessPage(disclosure.log().find(scope.current().node(),
                blank(caseId) ? null : caseId(caseId).value(), blank(actor) ? null : actor.strip(),
                instant("from", from), instant("to", to), pageNumber, pageSize), pageNumber, pageSize);
    }
}
