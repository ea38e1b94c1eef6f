package app.avenant.consultation;

import java.util.UUID;

/** No such consultation, or not one the caller is a party to: the same answer, so nobody learns it exists. */
public class ConsultationNotFoundException extends RuntimeException {

    public ConsultationNotFoundException(UUID id) {
        super("No consultation " + id);
    }
}
