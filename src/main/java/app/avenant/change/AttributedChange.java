package app.avenant.change;

import app.avenant.contract.Side;
import app.avenant.contract.terms.FieldChange;
import app.avenant.contract.terms.ItemChange;

/** One field change between two revisions, with the side whose revision made it last. */
public record AttributedChange(ItemChange item, FieldChange field, Side side, int revision) {}
