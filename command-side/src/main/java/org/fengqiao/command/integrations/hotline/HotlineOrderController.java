package org.fengqiao.command.integrations.hotline;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fengqiao.cases.dispatch.CaseDispatched;
import org.fengqiao.cases.dispatch.DispatchCase;
import org.fengqiao.cases.petition.Channel;
import org.fengqiao.cases.petition.DecideAcceptance;
import org.fengqiao.cases.petition.PetitionAccepted;
import org.fengqiao.cases.petition.PetitionNotAccepted;
import org.fengqiao.cases.petition.Petitioner;
import org.fengqiao.cases.petition.ReceivePetition;
import org.fengqiao.cases.risk.RiskLevel;
import org.fengqiao.cases.timelimits.DeadlineSet;
import org.fengqiao.cases.timelimits.StartHotlineLimit;
import org.fengqiao.cases.timelimits.TimeLimit;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.CaseVersion;
import org.fengqiao.cases.value.ExternalRef;
import org.fengqiao.command.cases.lifecycle.CaseHistories;
import org.fengqiao.command.idempotency.IdempotencyStore;
import org.fengqiao.command.idempotency.IdempotencyStore.Entry;
import org.fengqiao.command.idempotency.IdempotencyStore.StoredResponse;
import org.fengqiao.command.timelimits.TimeLimitPolicy;
import org.fengqiao.command.web.CaseCommands;
import org.fengqiao.jurisdiction.JurisdictionTree;
import org.fengqiao.platform.security.ApiSecurityProperties;
import org.fengqiao.platform.security.Caller;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/integrations/hotline/orders}: a 12345 work order, posted by the city's hotline client in the city's
 * format, becomes a petition with channel HOTLINE under the hotline's own reference (the order number in the city's
 * external system), in the grid of its area code, accepted and dispatched to the order's lead and assisting units as
 * the hotline dispatched it, with a HOTLINE limit in working days up to the order's due date. Each step is taken only
 * if the case's history does not show it yet, so an order posted again (a retry, or after a partial failure) makes no
 * second case and records nothing twice; posted again with another body it is 409 {@code EXTERNAL_REF_CONFLICT}, as
 * for any external reference. 201 for a new case, 200 for the one registered before.
 */
@RestController
@RequestMapping("/api/integrations/hotline")
@EnableConfigurationProperties(HotlineProperties.class)
public class HotlineOrderController extends HotlineEndpoint {

    /** An order number is never reused for another matter: its body's hash is kept as long as the case. */
    private static final Duration KEPT = Duration.ofDays(365L * 100);

    private final CaseCommands commands;
    private final CaseHistories histories;
    private final IdempotencyStore store;
    private final JurisdictionTree tree;
    private final TimeLimitPolicy policy;
    private final Clock clock = Clock.systemUTC();

    HotlineOrderController(HotlineProperties hotlines, CaseCommands commands, CaseHistories histories,
            IdempotencyStore store, ApiSecurityProperties security, JurisdictionTree tree, TimeLimitPolicy policy) {
        super(hotlines, security);
        this.commands = commands;
        this.histories = histories;
        this.store = store;
        this.tree = tree;
        this.policy = policy;
    }

    @PostMapping("/orders")
    public ResponseEntity<HotlineOrderResponse> receive(@RequestBody HotlineOrderBody body) {
        Map.Entry<String, HotlineProperties.City> city = city();
        HotlineOrder order = new HotlineOrderReader(city.getValue(), tree, policy.zone()).read(
                body == null ? null : body.json(), clock.instant());
        ExternalRef ref;
        try {
            ref = new ExternalRef(city.getValue().system(), order.orderNo());
        } catch (IllegalArgumentException e) {
            throw HotlineOrderRejected.invalid(city.getValue().key("order-no"), city.getValue().key("order-no")
                    + " must be 1 to 64 letters, digits or . _ : / -.");
        }
        String key = sha256("hotline-order", ref.system(), ref.id());
        Optional<Entry> first = store.reserve(key, sha256(body.json().toString()), clock.instant().plus(KEPT));
        if (first.isPresent() && !first.get().requestHash().equals(sha256(body.json().toString()))) {
            throw new HotlineOrderRejected(HttpStatus.CONFLICT, "EXTERNAL_REF_CONFLICT", null, "A case was "
                    + "registered under this work order with another order body; a new matter has a new order number.");
        }
        boolean kept = first.isPresent();
        try {
            ResponseEntity<HotlineOrderResponse> answer = register(order, ref);
            if (!kept) {
                store.complete(key, new StoredResponse(answer.getStatusCode().value(), null, null, null));
                kept = true;
            }
            return answer;
        } finally {
            if (!kept) {
                store.release(key);
            }
        }
    }

    /** The steps the case's history does not show yet: intake, the hotline's limit, acceptance and the dispatch. */
    private ResponseEntity<HotlineOrderResponse> register(HotlineOrder order, ExternalRef ref) {
        CaseId caseId = ref.caseId(CaseKind.PETITION);
        Actor hotline = caller();
        boolean existed = !histories.eventsOf(caseId).isEmpty();
        CaseVersion version = commands.send(() -> new ReceivePetition(caseId, Channel.HOTLINE, order.category(),
                order.title(), content(order), order.grid(), List.of(petitioner(order)), order.dispatchedAt(),
                hotline, order.riskLevel(), order.riskLevel() == RiskLevel.LOW ? null
                        : "12345 urgency " + order.urgency(), ref));
        List<Object> history = histories.eventsOf(caseId);
        if (history.stream().noneMatch(e -> e instanceof DeadlineSet set && set.limit() == TimeLimit.HOTLINE)) {
            version = commands.send(() -> new StartHotlineLimit(caseId, CaseKind.PETITION, order.dueDate(),
                    order.dispatchedAt(), hotline));
        }
        if (history.stream().noneMatch(e -> e instanceof PetitionAccepted || e instanceof PetitionNotAccepted)) {
            version = commands.send(() -> new DecideAcceptance(caseId, true, null, order.dispatchedAt(), hotline));
        }
        if (order.leadUnit() != null && history.stream().noneMatch(CaseDispatched.class::isInstance)) {
            version = commands.send(() -> new DispatchCase(caseId, CaseKind.PETITION, order.leadUnit(),
                    order.assistingUnits(), "12345 work order " + order.orderNo(), null, order.dispatchedAt(),
                    hotline));
        }
        HotlineOrderResponse response = HotlineOrderResponse.of(version, order.orderNo());
        return existed ? ResponseEntity.ok(response)
                : ResponseEntity.created(URI.create("/api/cases/" + caseId)).body(response);
    }

    /** The request, and where it happened: both the caller's words, sealed with the petition's content. */
    private static String content(HotlineOrder order) {
        return order.address() == null ? order.content() : order.content() + "\n事发地址: " + order.address();
    }

    private Petitioner petitioner(HotlineOrder order) {
        String name = order.callerName() == null ? hotlines.cityOf(Caller.current().map(Caller::name).orElse(""))
                .map(city -> city.getValue().anonymousCaller()).orElse("匿名来电人") : order.callerName();
        return new Petitioner(name, order.callerPhone());
    }

    private static String sha256(String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
