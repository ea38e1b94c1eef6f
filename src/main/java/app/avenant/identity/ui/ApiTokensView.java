package app.avenant.identity.ui;

import app.avenant.identity.ApiTokenNotFoundException;
import app.avenant.identity.ApiTokenSummary;
import app.avenant.identity.ApiTokens;
import app.avenant.identity.CurrentUser;
import app.avenant.identity.NewApiToken;
import app.avenant.identity.Users;
import app.avenant.shared.format.Formats;
import app.avenant.shared.ui.NarrowScreens;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The organisation admin's API tokens: create one (its value is shown once, in {@link ApiTokenSecretDialog}),
 * see when each was last used, revoke one after confirming. Anyone signed in may open the page;
 * {@link ApiTokens} decides, so a non-admin only reads that the page is reserved.
 */
@Route("admin/api-tokens")
@PermitAll
public class ApiTokensView extends VerticalLayout implements HasDynamicTitle {

    static final String OPENAPI_URL = "/api/v1/openapi.yaml";

    private final ApiTokens tokens;
    private final Grid<ApiTokenSummary> grid = new Grid<>();

    ApiTokensView(ApiTokens tokens, Users users) {
        this.tokens = tokens;
        addClassName("api-tokens-view");
        CurrentUser me = users.currentUser();
        if (!me.organisationAdmin()) {
            add(
                    new H2(getTranslation("identity.apiToken.restricted.title")),
                    new Paragraph(getTranslation("identity.apiToken.restricted.message")));
            return;
        }
        setSizeFull();
        Button create = new Button(getTranslation("identity.apiToken.new"), click -> openCreateDialog());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout header = new HorizontalLayout(
                new H2(getTranslation(
                        "identity.apiToken.heading", me.organisation().name())),
                create);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        Anchor documentation = new Anchor(OPENAPI_URL, getTranslation("identity.apiToken.docLink"));
        documentation.setTarget(AnchorTarget.BLANK);
        documentation.setRouterIgnore(true); // a file served by the API, not a view
        Paragraph intro = new Paragraph(getTranslation("identity.apiToken.intro") + " ");
        intro.add(documentation);
        configureGrid();
        add(header, intro, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("identity.apiToken.pageTitle");
    }

    private void configureGrid() {
        grid.addColumn(ApiTokenSummary::name)
                .setHeader(getTranslation("identity.apiToken.column.name"))
                .setFlexGrow(2);
        var prefix = grid.addColumn(token -> token.displayPrefix() + "…")
                .setHeader(getTranslation("identity.apiToken.column.prefix"));
        var created = grid.addColumn(token -> getTranslation(
                        "identity.apiToken.created.value", dateTime(token.createdAt()), token.createdByName()))
                .setHeader(getTranslation("identity.apiToken.column.created"))
                .setFlexGrow(2);
        var lastUsed = grid.addColumn(token -> token.lastUsedAt() == null
                        ? getTranslation("identity.apiToken.lastUsed.never")
                        : dateTime(token.lastUsedAt()))
                .setHeader(getTranslation("identity.apiToken.column.lastUsed"));
        grid.addColumn(this::status)
                .setHeader(getTranslation("identity.apiToken.column.status"))
                .setFlexGrow(2);
        grid.addComponentColumn(this::revokeButton)
                .setKey("actions")
                .setHeader(getTranslation("identity.apiToken.column.actions"));
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        // at 390 px the name, the status and "Révoquer" stay on screen; the rest comes back on a wider one
        NarrowScreens.hideOnPhones(grid, prefix, created, lastUsed);
        grid.setEmptyStateText(getTranslation("identity.apiToken.empty"));
        grid.setItems(
                query -> tokens.listMine(query.getOffset(), query.getLimit()).stream(),
                query -> Math.toIntExact(tokens.countMine()));
        grid.setSizeFull();
    }

    private String status(ApiTokenSummary token) {
        Instant revokedAt = token.revokedAt();
        return revokedAt == null
                ? getTranslation("identity.apiToken.status.active")
                : getTranslation("identity.apiToken.status.revoked", dateTime(revokedAt), token.revokedByName());
    }

    private com.vaadin.flow.component.Component revokeButton(ApiTokenSummary token) {
        if (!token.active()) {
            return new Span();
        }
        Button revoke = new Button(getTranslation("identity.apiToken.revoke"), click -> confirmRevoke(token));
        revoke.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        revoke.setAriaLabel(getTranslation("identity.apiToken.revoke.label", token.name()));
        return revoke;
    }

    private void openCreateDialog() {
        new ApiTokenCreateDialog(tokens, this::created).open();
    }

    private void created(NewApiToken created) {
        grid.getDataProvider().refreshAll();
        new ApiTokenSecretDialog(created).open();
    }

    private void confirmRevoke(ApiTokenSummary token) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("identity.apiToken.revoke.confirm.title"));
        confirm.setText(getTranslation("identity.apiToken.revoke.confirm.text", token.name(), token.displayPrefix()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("shared.cancel"));
        confirm.setConfirmText(getTranslation("identity.apiToken.revoke.confirm.ok"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> revoke(token));
        confirm.open();
    }

    private void revoke(ApiTokenSummary token) {
        try {
            tokens.revoke(token.id());
            Notification.show(getTranslation("identity.apiToken.revoked", token.name()))
                    .addThemeVariants(NotificationVariant.SUCCESS);
        } catch (ApiTokenNotFoundException e) {
            Notification.show(getTranslation("identity.apiToken.notFound")).addThemeVariants(NotificationVariant.ERROR);
        }
        grid.getDataProvider().refreshAll();
    }

    private String dateTime(@Nullable Instant instant) {
        return instant == null ? "" : Formats.dateTime(instant, getLocale());
    }
}
