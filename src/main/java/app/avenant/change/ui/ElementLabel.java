package app.avenant.change.ui;

import app.avenant.contract.terms.Objective;
import app.avenant.contract.terms.ScopeItem;
import app.avenant.contract.terms.ServiceLevel;
import app.avenant.contract.terms.Terms;
import app.avenant.contract.terms.TermsSection;
import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * "Volumes — Saisie des factures": an element of the terms named {@code SECTION} or {@code SECTION:key} (as
 * "Proposer une modification" names it), as a person reads it; empty for an element the terms do not have.
 */
final class ElementLabel {

    private ElementLabel() {}

    static Optional<String> of(Component host, Terms terms, String element) {
        int colon = element.indexOf(':');
        TermsSection section;
        try {
            section = TermsSection.valueOf(colon < 0 ? element : element.substring(0, colon));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String sectionName = host.getTranslation("terms.section." + section.name());
        if (colon < 0) {
            return Optional.of(sectionName);
        }
        String key = element.substring(colon + 1);
        Optional<String> item = switch (section) {
            case OBJECTIVES ->
                terms.objectives().stream()
                        .filter(o -> o.key().equals(key))
                        .findFirst()
                        .map(Objective::description);
            case SCOPE, VOLUMES -> terms.scopeItem(key).map(ScopeItem::title);
            case SERVICE_LEVELS -> terms.serviceLevel(key).map(ServiceLevel::metric);
            case HEADER -> Optional.<String>empty();
        };
        return item.map(label -> sectionName + " — " + label);
    }
}
