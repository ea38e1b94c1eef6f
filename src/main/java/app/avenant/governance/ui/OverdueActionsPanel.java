package app.avenant.governance.ui;

import app.avenant.governance.Reviews;
import app.avenant.shared.ui.OverviewPanel;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** Adds the contract's overdue action items to its "Vue d'ensemble" (the overview cannot depend on governance). */
@org.springframework.stereotype.Component
class OverdueActionsPanel implements OverviewPanel {

    private final Reviews reviews;
    private final Clock clock;

    OverdueActionsPanel(Reviews reviews, Clock clock) {
        this.reviews = reviews;
        this.clock = clock;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> panel(UUID contractId) {
        return Optional.of(new OverdueActionsCard(reviews.overdueActions(contractId), LocalDate.now(clock)));
    }

    @Override
    public int order() {
        return 10;
    }
}
