package app.avenant.contract;

import app.avenant.shared.NotFoundException;
import java.util.UUID;

/**
 * The contract does not exist, or the caller is not a member of it: both cases look the same so that a
 * user of another organisation learns nothing about a contract, not even that it exists.
 */
public class ContractNotFoundException extends NotFoundException {

    public ContractNotFoundException(UUID contractId) {
        super("Contract not found: " + contractId);
    }
}
