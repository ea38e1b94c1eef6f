package app.avenant.contract;

import static app.avenant.contract.Names.addIfPresent;

import app.avenant.contract.domain.Contract;
import app.avenant.identity.OrganisationRef;
import app.avenant.identity.UserRef;
import app.avenant.identity.Users;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A contract's two parties with their organisations' names and contact persons, read in two statements. */
record ContractParties(Party client, Party provider) {

    static ContractParties of(Contract c, Users users) {
        Map<UUID, OrganisationRef> orgs =
                users.organisationsByIds(Set.of(c.clientOrganisationId(), c.providerOrganisationId()));
        Set<UUID> contacts = new HashSet<>();
        addIfPresent(contacts, c.contactOf(Side.CLIENT));
        addIfPresent(contacts, c.contactOf(Side.PROVIDER));
        Map<UUID, UserRef> contactNames = users.usersByIds(contacts);
        return new ContractParties(
                ContractService.party(c, Side.CLIENT, orgs, contactNames),
                ContractService.party(c, Side.PROVIDER, orgs, contactNames));
    }
}
