package app.avenant.governance;

import app.avenant.contract.ContractNotFoundException;
import java.util.UUID;

/**
 * The register entry does not exist, or belongs to a contract the caller is not a member of: the same answer,
 * so nobody learns it exists. A {@link ContractNotFoundException}, so callers handle both alike.
 */
public class RegisterEntryNotFoundException extends ContractNotFoundException {

    public RegisterEntryNotFoundException(UUID id) {
        super(id);
    }
}
