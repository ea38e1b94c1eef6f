package app.avenant.notification;

import app.avenant.contract.Contracts;
import app.avenant.contract.Member;
import app.avenant.notification.domain.ContractAlert;
import app.avenant.performance.PenaltyCapReached;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Alerts both contact persons once when validated months bring the service credits to the contract's penalty
 * cap: from then on credits are no longer due, which both sides must know before the next statement. Runs in
 * the validation's transaction, under the contract's row lock, so two validations cannot both send it; a new
 * cap agreed in a later version is a new alert.
 */
@Component
class PenaltyCapNotifier {

    private final Contracts contracts;
    private final ContractAlertSender sender;

    PenaltyCapNotifier(Contracts contracts, ContractAlertSender sender) {
        this.contracts = contracts;
        this.sender = sender;
    }

    @EventListener
    void record(PenaltyCapReached event) {
        String key = event.cap().stripTrailingZeros().toPlainString();
        if (sender.alreadySent(event.contractId(), ContractAlert.Kind.PENALTY_CAP, key)) {
            return;
        }
        // the validating member reads the contract: contact persons come first in its member list
        List<Member> contacts = contracts.members(event.contractId(), 0, 2).stream()
                .filter(Member::contactPerson)
                .toList();
        String reference = contracts.summary(event.contractId()).reference();
        sender.sendOnce(
                event.contractId(),
                ContractAlert.Kind.PENALTY_CAP,
                key,
                contacts.stream().map(Member::userId).toList(),
                new ContractAlertSender.Message(
                        NotificationKind.PENALTY_CAP_REACHED, event.cap().toPlainString(), reference));
    }
}
