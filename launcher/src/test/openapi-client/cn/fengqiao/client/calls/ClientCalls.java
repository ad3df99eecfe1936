package cn.fengqiao.client.calls;

import cn.fengqiao.client.ApiClient;
import cn.fengqiao.client.ApiException;
import cn.fengqiao.client.api.CasesApi;
import cn.fengqiao.client.api.DisputesApi;
import cn.fengqiao.client.api.JurisdictionsApi;
import cn.fengqiao.client.api.LifecycleApi;
import cn.fengqiao.client.model.AssignmentRequest;
import cn.fengqiao.client.model.CaseView;
import cn.fengqiao.client.model.Node;
import cn.fengqiao.client.model.NoteRequest;
import cn.fengqiao.client.model.Party;
import cn.fengqiao.client.model.Problem;
import cn.fengqiao.client.model.ReceiveDisputeRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.fengqiao.launcher.GeneratedClientCalls;

/**
 * Typed calls through the client generated from the served OpenAPI document (compiled by OpenApiDocumentIT together
 * with that client, not by Maven): each demo account gets a client that sends its HTTP Basic credentials.
 */
public class ClientCalls implements GeneratedClientCalls {

    private final URI base;

    public ClientCalls(String base) {
        this.base = URI.create(base);
    }

    @Override
    public String registerDispute(String gridCode) {
        try {
            return new DisputesApi(as("intake")).receiveDispute(new ReceiveDisputeRequest()
                    .source(ReceiveDisputeRequest.SourceEnum.APPLICATION).category("PROPERTY")
                    .subject("Water leaking from the flat above").content("Reported through a generated client")
                    .gridCode(gridCode)
                    .addPartiesItem(new Party().name("王芳").phone("13800001111").role(Party.RoleEnum.APPLICANT))
                    .addPartiesItem(new Party().name("富力物业").role(Party.RoleEnum.RESPONDENT)),
                    null, UUID.randomUUID().toString()).getCaseId();
        } catch (ApiException e) {
            throw new IllegalStateException(e.getCode() + " " + e.getResponseBody(), e);
        }
    }

    @Override
    public String statusAndVersion(String caseId) {
        try {
            CaseView view = new CasesApi(as("supervisor")).findCase(caseId, null, null, null);
            return view.getStatus().getValue() + " " + view.getVersion();
        } catch (ApiException e) {
            if (e.getCode() == 404) {
                return null;
            }
            throw new IllegalStateException(e.getCode() + " " + e.getResponseBody(), e);
        }
    }

    @Override
    public long assign(String caseId, long expectedVersion, String unit, String officer) {
        try {
            return new LifecycleApi(as("supervisor")).assignCase("disputes", caseId,
                    new AssignmentRequest().unit(unit).officer(officer), null, null, String.valueOf(expectedVersion))
                    .getVersion();
        } catch (ApiException e) {
            throw new IllegalStateException(e.getCode() + " " + e.getResponseBody(), e);
        }
    }

    @Override
    public long addNote(String caseId, String text) {
        try {
            return new LifecycleApi(as("officer")).addNote("disputes", caseId, new NoteRequest().text(text), null,
                    null, null).getVersion();
        } catch (ApiException e) {
            throw new IllegalStateException(e.getCode() + " " + e.getResponseBody(), e);
        }
    }

    @Override
    public long historyEvents(String caseId) {
        try {
            return new CasesApi(as("auditor")).caseHistory(caseId, null, null, null, null, null).getTotal();
        } catch (ApiException e) {
            throw new IllegalStateException(e.getCode() + " " + e.getResponseBody(), e);
        }
    }

    @Override
    public long visibleCases() {
        try {
            return new CasesApi(as("supervisor")).listCases(null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null).getTotal();
        } catch (ApiException e) {
            throw new IllegalStateException(e.getCode() + " " + e.getResponseBody(), e);
        }
    }

    @Override
    public List<String> nodeCodes() {
        try {
            return new JurisdictionsApi(as("intake")).jurisdictionTree(null).getNodes().stream().map(Node::getCode)
                    .toList();
        } catch (ApiException e) {
            throw new IllegalStateException(e.getCode() + " " + e.getResponseBody(), e);
        }
    }

    @Override
    public String problemOfUnknownCase() {
        try {
            new CasesApi(as("supervisor")).findCase(UUID.randomUUID().toString(), null, null, null);
            return "no problem";
        } catch (ApiException e) {
            Problem problem = read(e.getResponseBody());
            return e.getCode() + " " + problem.getCode();
        }
    }

    @Override
    public String problemOfStaleVersion(String caseId, long staleVersion) {
        try {
            new LifecycleApi(as("supervisor")).assignCase("disputes", caseId,
                    new AssignmentRequest().unit("SH-FL-MEDIATION").officer("li.mediator"), null, null,
                    String.valueOf(staleVersion));
            return "no problem";
        } catch (ApiException e) {
            Problem problem = read(e.getResponseBody());
            return e.getCode() + " " + problem.getCode() + " " + problem.getCurrentVersion();
        }
    }

    private ApiClient as(String account) {
        String credentials = Base64.getEncoder().encodeToString((account + ":" + account)
                .getBytes(StandardCharsets.UTF_8));
        return new ApiClient().setScheme(base.getScheme()).setHost(base.getHost()).setPort(base.getPort())
                .setBasePath("").setRequestInterceptor(request -> request.header("Authorization", "Basic "
                        + credentials));
    }

    private static Problem read(String body) {
        try {
            return ApiClient.createDefaultObjectMapper().readValue(body, Problem.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("not a problem document: " + body, e);
        }
    }
}
