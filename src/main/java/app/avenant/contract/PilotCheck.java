package app.avenant.contract;

/** One line of the checklist before moving a contract to "actif", and whether it holds. */
public record PilotCheck(Item item, boolean met) {

    public enum Item {
        /** Both sides named their contact person (interlocuteur identifié). */
        CONTACT_PERSONS,
        /** At least one version of the terms was adopted by both sides. */
        VERSION_ADOPTED,
        /** Every scope item has a description, acceptance criteria, a unit and documentation. */
        SCOPE_READY,
        /** At least one service level is defined. */
        SERVICE_LEVELS,
        /** The pilot's end date is reached (the volume used is on the performance overview). */
        PILOT_OVER;

        public String labelKey() {
            return "contract.pilot.check." + name();
        }
    }
}
