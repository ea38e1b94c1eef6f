package app.avenant.document.ui;

import app.avenant.shared.ui.ContractPageFrame;
import app.avenant.shared.ui.Routes;
import app.avenant.shared.ui.ScreenLink;
import app.avenant.shared.ui.ScreenLink.Target;
import java.util.Objects;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The contract workspace links to the contract's files, and a change request to its own, built from the views'
 * routes (docs/decisions/0021).
 */
@Configuration(proxyBeanMethods = false)
class DocumentScreens {

    @Bean
    ScreenLink contractFilesScreen() {
        return ScreenLink.of(
                Target.CONTRACT_FILES,
                id -> Routes.url(ContractFilesView.class, ContractPageFrame.CONTRACT_ID, Objects.requireNonNull(id)));
    }

    @Bean
    ScreenLink requestFilesScreen() {
        return ScreenLink.of(
                Target.REQUEST_FILES,
                id -> Routes.url(
                        RequestFilesView.class, RequestFilesView.CHANGE_REQUEST_ID, Objects.requireNonNull(id)));
    }
}
