package app.avenant.audit.ui;

import app.avenant.shared.ui.ContractPageFrame;
import app.avenant.shared.ui.Routes;
import app.avenant.shared.ui.ScreenLink;
import app.avenant.shared.ui.ScreenLink.Target;
import java.util.Objects;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The contract workspace links to the audit trail, built from the view's route (docs/decisions/0021). */
@Configuration(proxyBeanMethods = false)
class AuditScreens {

    @Bean
    ScreenLink auditTrailScreen() {
        return ScreenLink.of(
                Target.AUDIT_TRAIL,
                id -> Routes.url(AuditTrailView.class, ContractPageFrame.CONTRACT_ID, Objects.requireNonNull(id)));
    }
}
