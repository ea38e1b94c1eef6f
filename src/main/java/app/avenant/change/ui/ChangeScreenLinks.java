package app.avenant.change.ui;

import app.avenant.shared.ui.ScreenLink;
import app.avenant.shared.ui.ScreenLink.Target;
import java.util.Objects;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The change screens the contract screens link to without knowing this module. */
@Configuration(proxyBeanMethods = false)
class ChangeScreenLinks {

    @Bean
    ScreenLink changeRequestsScreen() {
        return ScreenLink.of(
                Target.CHANGE_REQUESTS, contractId -> ChangeNavigation.requests(Objects.requireNonNull(contractId)));
    }

    /** The list of requests, which opens "Nouvelle demande" for the element named by ?propose= (decision 0028). */
    @Bean
    ScreenLink proposeChangeScreen() {
        return ScreenLink.of(
                Target.PROPOSE_CHANGE, contractId -> ChangeNavigation.requests(Objects.requireNonNull(contractId)));
    }

    @Bean
    ScreenLink changeRequestScreen() {
        return ScreenLink.of(Target.CHANGE_REQUEST, id -> ChangeNavigation.request(Objects.requireNonNull(id)));
    }

    @Bean
    ScreenLink changeRequestDiscussion() {
        return ScreenLink.of(
                Target.CHANGE_REQUEST_DISCUSSION, id -> ChangeNavigation.discussion(Objects.requireNonNull(id)));
    }

    @Bean
    ScreenLink newContractScreen() {
        return ScreenLink.of(Target.NEW_CONTRACT, contractId -> ChangeNavigation.newContract());
    }
}
