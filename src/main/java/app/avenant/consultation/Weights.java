package app.avenant.consultation;

/**
 * How much the PME weighs cost, service levels and security when it ranks the offers, each 0–100; the score is the
 * weighted mean, so only their proportions count.
 */
public record Weights(int cost, int levels, int security) {

    public static final Weights DEFAULT = new Weights(50, 30, 20);

    public Weights {
        if (cost < 0 || levels < 0 || security < 0 || cost > 100 || levels > 100 || security > 100) {
            throw new ConsultationRuleException("consultation.error.weights.range");
        }
        if (cost + levels + security == 0) {
            throw new ConsultationRuleException("consultation.error.weights.zero");
        }
    }
}
