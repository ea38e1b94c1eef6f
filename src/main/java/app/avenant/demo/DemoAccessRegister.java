package app.avenant.demo;

import static app.avenant.demo.DemoActor.as;

import app.avenant.governance.AccessRegister;
import app.avenant.governance.Art28Item;
import app.avenant.governance.Art28Status;
import app.avenant.governance.NewRegisterEntry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The access register of AV-2026-001 as the PME and its bookkeeper would have kept it: the ERP and the supplier
 * portal (the ERP holds the suppliers' bank details and contacts: personal data), the online bank in read-only
 * access revoked since payments went back in house; three article 28 items settled, one not, the rest to check.
 * Never reviewed in comité, so the screen shows what to do next.
 * <p>
 * Done through {@link AccessRegister} as the people themselves (not as the application), so every rule applies.
 */
@Component
@ConditionalOnProperty(name = "avenant.demo-data.enabled", havingValue = "true")
class DemoAccessRegister {

    private final AccessRegister register;
    private final Clock clock;

    DemoAccessRegister(AccessRegister register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    void record(UUID contract) {
        LocalDate start = LocalDate.of(2026, 1, 5);
        LocalDate today = LocalDate.now(clock);
        as(
                "claire.martin",
                () -> register.addEntry(
                        contract,
                        new NewRegisterEntry(
                                "ERP Sage 100",
                                "factures fournisseurs, fiches fournisseurs (contacts, RIB)",
                                true,
                                start,
                                null,
                                "Compte nominatif par collaborateur du prestataire, profil saisie sans validation des paiements")));
        // the provider declares what it touches itself
        as(
                "julien.moreau",
                () -> register.addEntry(
                        contract,
                        new NewRegisterEntry(
                                "Portail fournisseurs Chorus Pro", "factures reçues", false, start, null, "")));
        UUID bank = as(
                "claire.martin",
                () -> register.addEntry(
                        contract,
                        new NewRegisterEntry(
                                "Banque en ligne (consultation)",
                                "relevés bancaires",
                                false,
                                start,
                                null,
                                "Accès en lecture pour le rapprochement")));
        LocalDate revoked = today.minusMonths(1).isAfter(start) ? today.minusMonths(1) : start;
        as("claire.martin", () -> {
            register.revokeEntry(bank, revoked);
            register.setChecklistItem(contract, Art28Item.INSTRUCTIONS, Art28Status.CONFORME, "Article 7 du contrat");
            register.setChecklistItem(
                    contract,
                    Art28Item.CONFIDENTIALITY,
                    Art28Status.CONFORME,
                    "Engagement signé par chaque collaborateur");
            register.setChecklistItem(
                    contract, Art28Item.END_OF_CONTRACT, Art28Status.NON_CONFORME, "Délai de restitution à préciser");
            return null;
        });
        as("julien.moreau", () -> {
            register.setChecklistItem(contract, Art28Item.SECURITY, Art28Status.CONFORME, "Annexe sécurité v2");
            return null;
        });
    }
}
