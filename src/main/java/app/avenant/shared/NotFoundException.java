package app.avenant.shared;

/**
 * What every module's "not found" exception is, so the shared contract page frame can answer "introuvable"
 * without knowing the modules: missing, or hidden from this caller (the two look the same by design).
 */
public abstract class NotFoundException extends RuntimeException {

    protected NotFoundException(String message) {
        super(message);
    }
}
