package org.fengqiao.query.webhooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.fengqiao.cases.value.NodeCode;
import org.fengqiao.jurisdiction.JurisdictionTree;
import org.fengqiao.platform.security.Caller;
import org.fengqiao.platform.security.Role;
import org.fengqiao.platform.webhooks.WebhookSigner;
import org.fengqiao.query.common.QueryRejection;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/subscriptions}: an admin manages the subscriptions of other systems to case events; a system client
 * reads its own (another's answers 404, as an unknown one does). A secret is shown once, when it is made.
 */
@RestController
@RequestMapping("/api/subscriptions")
class SubscriptionController {

    private static final Pattern TYPE = Pattern.compile("(cn\\.fengqiao\\.)?case\\.[a-z][a-z0-9-]*(\\.v1)?");
    private static final Pattern CLIENT = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final WebhookStore store;
    private final WebhookDispatcher dispatcher;
    private final JurisdictionTree tree;

    SubscriptionController(WebhookStore store, WebhookDispatcher dispatcher, JurisdictionTree tree) {
        this.store = store;
        this.dispatcher = dispatcher;
        this.tree = tree;
    }

    /** What a subscription is made or changed with. */
    record SubscriptionRequest(String client, String url, String secret, List<String> eventTypes, String node,
            Boolean active) {
    }

    /** A subscription as answered: never its secrets, only how many there are (a new one once, as it is made). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SubscriptionView(String id, String client, String url, List<String> eventTypes, String node,
            boolean active, int secrets, Instant createdAt, String secret) {

        static SubscriptionView of(Subscription s, String newSecret) {
            return new SubscriptionView(s.id(), s.client(), s.url(), s.eventTypes(), s.node(), s.active(),
                    s.secrets().size(), s.createdAt(), newSecret);
        }
    }

    record RotationRequest(Boolean keepPrevious) {
    }

    record ReplayRequest(Long fromPosition, Instant from) {
    }

    record RetryView(int delivered, int remaining) {
    }

    @PostMapping
    ResponseEntity<SubscriptionView> create(@RequestBody SubscriptionRequest request) {
        if (request.client() == null || !CLIENT.matcher(request.client()).matches()) {
            throw invalid("client", "the account name of the receiving system client");
        }
        String secret = request.secret() == null ? WebhookSigner.newSecret() : request.secret();
        if (!WebhookSigner.isSecret(secret)) {
            throw invalid("secret", "whsec_ followed by a base64 key of at least 24 bytes");
        }
        Subscription subscription = store.save(new Subscription(UUID.randomUUID().toString(), request.client(),
                url(request.url()), List.of(secret), types(request.eventTypes()), node(request.node()),
                request.active() == null || request.active(), Instant.now(), null));
        dispatcher.startAtHead(subscription.id());
        return ResponseEntity.created(URI.create("/api/subscriptions/" + subscription.id()))
                .body(SubscriptionView.of(subscription, secret));
    }

    @GetMapping
    List<SubscriptionView> list() {
        return store.subscriptions().stream().filter(SubscriptionController::visible)
                .map(s -> SubscriptionView.of(s, null)).toList();
    }

    @GetMapping("/{subscriptionId}")
    SubscriptionView find(@PathVariable String subscriptionId) {
        return SubscriptionView.of(visible(subscriptionId), null);
    }

    /** Changes URL, types, node and active flag (a subscription is retired by deactivating it: its log stays). */
    @PostMapping("/{subscriptionId}")
    SubscriptionView change(@PathVariable String subscriptionId, @RequestBody SubscriptionRequest request) {
        Subscription subscription = visible(subscriptionId);
        return SubscriptionView.of(store.save(subscription.with(url(request.url()), types(request.eventTypes()),
                node(request.node()), request.active() == null || request.active())), null);
    }

    /** A new secret; with {@code keepPrevious} (the default) the current one signs too until the next rotation. */
    @PostMapping("/{subscriptionId}/secrets")
    ResponseEntity<SubscriptionView> rotate(@PathVariable String subscriptionId,
            @RequestBody(required = false) RotationRequest request) {
        Subscription subscription = visible(subscriptionId);
        String secret = WebhookSigner.newSecret();
        List<String> secrets = new ArrayList<>();
        if (request == null || request.keepPrevious() == null || request.keepPrevious()) {
            secrets.add(subscription.secrets().get(subscription.secrets().size() - 1));
        }
        secrets.add(secret);
        return ResponseEntity.status(HttpStatus.CREATED).body(SubscriptionView.of(store.save(
                subscription.withSecrets(secrets)), secret));
    }

    @GetMapping("/{subscriptionId}/deliveries")
    List<DeliveryAttempt> deliveries(@PathVariable String subscriptionId,
            @RequestParam(defaultValue = "100") int limit) {
        visible(subscriptionId);
        if (limit < 1 || limit > 1000) {
            throw invalid("limit", "1 to 1000");
        }
        return store.log(subscriptionId, limit);
    }

    @GetMapping("/{subscriptionId}/dead-letters")
    List<DeadLetter> deadLetters(@PathVariable String subscriptionId) {
        visible(subscriptionId);
        return store.deadLetters(subscriptionId);
    }

    @PostMapping("/{subscriptionId}/dead-letters/retry")
    RetryView retry(@PathVariable String subscriptionId) {
        int delivered = dispatcher.retryDeadLetters(visible(subscriptionId));
        return new RetryView(delivered, store.deadLetters(subscriptionId).size());
    }

    @PostMapping("/{subscriptionId}/replay")
    ResponseEntity<Map<String, Object>> replay(@PathVariable String subscriptionId,
            @RequestBody ReplayRequest request) {
        visible(subscriptionId);
        if (request.fromPosition() != null && request.fromPosition() < 0) {
            throw invalid("fromPosition", "a position of the event store, 0 for its start");
        }
        dispatcher.replay(subscriptionId, request.fromPosition(), request.from());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("subscriptionId", subscriptionId);
        answer.put("fromPosition", request.fromPosition());
        answer.put("from", request.from());
        return ResponseEntity.accepted().body(answer);
    }

    private Subscription visible(String subscriptionId) {
        return store.subscription(subscriptionId).filter(SubscriptionController::visible).orElseThrow(() ->
                QueryRejection.notFound("SUBSCRIPTION_NOT_FOUND", "No subscription with this id is known."));
    }

    /** An admin sees every subscription; a system client only those it receives. */
    private static boolean visible(Subscription subscription) {
        Caller caller = Caller.current().orElse(null);
        return caller != null && (caller.has(Role.ADMIN) || subscription.client().equals(caller.name()));
    }

    private static String url(String url) {
        try {
            URI uri = url == null ? null : new URI(url);
            if (uri != null && uri.isAbsolute() && uri.getHost() != null
                    && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                return url;
            }
        } catch (java.net.URISyntaxException e) {
            // answered below
        }
        throw invalid("url", "an absolute http or https URL");
    }

    private static List<String> types(List<String> types) {
        if (types == null) {
            return List.of();
        }
        for (String type : types) {
            if (type == null || !TYPE.matcher(type).matches()) {
                throw invalid("eventTypes", "event types such as case.closed or cn.fengqiao.case.closed.v1");
            }
        }
        return types;
    }

    private String node(String node) {
        if (node == null || node.isBlank()) {
            return null;
        }
        NodeCode code;
        try {
            code = new NodeCode(node);
        } catch (IllegalArgumentException notACode) {
            throw invalid("node", "a node of the jurisdiction tree");
        }
        if (tree.node(code).isEmpty()) {
            throw invalid("node", "a node of the jurisdiction tree");
        }
        return node;
    }

    private static QueryRejection invalid(String field, String expected) {
        return QueryRejection.invalidValue(field, "must be " + expected);
    }
}
