package app.avenant.contract.ui;

import app.avenant.contract.ContractSummary;
import app.avenant.contract.Contracts;
import app.avenant.shared.NotFoundException;
import app.avenant.shared.ui.ContractPageFrame;
import app.avenant.shared.ui.NotFoundState;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.springframework.modulith.NamedInterface;

/**
 * What the two owner-only screens (the audit trail, the access review) share, on the contract page frame:
 * the contract's header, the "not found" a non-member gets, and the refusal a member who is not an owner
 * reads. The access review lives here; the audit trail's screen ({@code audit.ui}) uses it through the named
 * interface {@code owner-page}, so the one frame serves both without {@code contract} depending on
 * {@code audit}.
 */
@NamedInterface("owner-page")
public final class OwnerPage {

    /** The words of one owner-only screen: its title, its back link, the refusal and its class name. */
    public record Texts(String titleKey, String backKey, String deniedKey, String deniedClass) {}

    private OwnerPage() {}

    /**
     * Fills {@code target} for the contract the route names: the header, then {@code body} when
     * {@code mayRead} lets the caller in, or the refusal; "Contrat introuvable" for an outsider, a malformed id
     * or a contract gone meanwhile.
     *
     * @return the page's title
     */
    public static String show(
            Component view,
            HasComponents target,
            BeforeEnterEvent event,
            Contracts contracts,
            Texts texts,
            Predicate<ContractSummary> mayRead,
            Consumer<ContractSummary> body) {
        target.removeAll();
        try {
            var contract = ContractPageFrame.load(event, ContractPageFrame.CONTRACT_ID, contracts::summary);
            if (contract.isPresent()) {
                boolean allowed = mayRead.test(contract.get());
                target.add(ContractPageFrame.header(
                        ContractNavigation.workspace(contract.get().id()),
                        view.getTranslation(texts.backKey()),
                        view.getTranslation(texts.titleKey()),
                        contract.get().reference(),
                        contract.get().title()));
                if (allowed) {
                    body.accept(contract.get());
                } else {
                    target.add(denied(view, texts.deniedKey(), texts.deniedClass()));
                }
                return view.getTranslation(texts.titleKey()) + " — "
                        + contract.get().reference();
            }
        } catch (NotFoundException e) {
            // membership removed between two calls: the same answer as for a stranger
            target.removeAll();
        }
        target.add(new NotFoundState());
        return view.getTranslation("contract.notFound.title");
    }

    private static Paragraph denied(Component view, String textKey, String className) {
        Paragraph denied = new Paragraph(view.getTranslation(textKey));
        denied.addClassName(className);
        return denied;
    }
}
