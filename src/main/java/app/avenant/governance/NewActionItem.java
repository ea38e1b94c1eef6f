package app.avenant.governance;

import java.time.LocalDate;
import java.util.UUID;

/** An action item to add to a review: what, who (a member of the contract, either side), by when. */
public record NewActionItem(String description, UUID ownerId, LocalDate dueDate) {}
