package app.avenant.performance;

/** Which of the three ways in recorded a deliverable (kept for the trail). */
public enum DeliverableSource {
    FORM,
    CSV,
    API
}
