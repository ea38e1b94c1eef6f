package app.avenant.audit.web;

import app.avenant.audit.IntegrityReport;
import app.avenant.audit.domain.AuditChain;
import app.avenant.shared.i18n.Translations;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.stereotype.Component;

/**
 * {@code GET /actuator/auditchain} on the management port (loopback by default): the whole chain's
 * verification for an operator or a backup drill, without a user account, e.g.
 * {@code curl -s localhost:8081/actuator/auditchain}. It reads and reports, nothing else, and names no content
 * of the trail: only whether it holds, how far, and where and why not.
 */
@Component
@Endpoint(id = "auditchain")
public class AuditChainEndpoint {

    private final AuditChain chain;

    AuditChainEndpoint(AuditChain chain) {
        this.chain = chain;
    }

    @ReadOperation
    public Result verify() {
        IntegrityReport report = chain.verify();
        IntegrityReport.Problem problem = report.problem();
        return new Result(
                report.intact(),
                report.checked(),
                report.brokenSeq(),
                problem == null ? null : problem.name(),
                problem == null ? null : Translations.get(Translations.ENGLISH, "audit.problem." + problem.name()));
    }

    /**
     * What the endpoint answers, as JSON.
     *
     * @param entriesChecked  entries that held before the first problem (all of them when intact)
     * @param firstBrokenSeq  the number of the first entry that does not hold (or is missing)
     * @param problem         the problem's code ({@link IntegrityReport.Problem}), stable for scripts
     * @param reason          the same in English words, for people
     */
    public record Result(
            boolean intact,
            long entriesChecked,
            @Nullable Long firstBrokenSeq,
            @Nullable String problem,
            @Nullable String reason) {}
}
