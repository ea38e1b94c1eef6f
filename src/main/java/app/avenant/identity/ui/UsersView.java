package app.avenant.identity.ui;

import app.avenant.identity.CurrentUser;
import app.avenant.identity.UserSummary;
import app.avenant.identity.Users;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * The organisation admin's list of colleagues' accounts, and where new ones are created. Anyone signed
 * in may open the page; {@link Users} decides, so a non-admin only reads that the page is reserved.
 */
@Route("admin/users")
@PermitAll
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final Users users;
    private final Grid<UserSummary> grid = new Grid<>();

    UsersView(Users users) {
        this.users = users;
        addClassName("users-view");
        CurrentUser me = users.currentUser();
        if (!me.organisationAdmin()) {
            add(new H2(getTranslation("identity.users.restricted.title")),
                    new Paragraph(getTranslation("identity.users.restricted.message")));
            return;
        }
        setSizeFull();
        Button create = new Button(getTranslation("identity.users.new"), click -> openNewUserDialog());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout header = new HorizontalLayout(
                new H2(getTranslation("identity.users.heading", me.organisation().name())), create);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        configureGrid();
        add(header, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("identity.users.pageTitle");
    }

    private void configureGrid() {
        grid.addColumn(UserSummary::displayName).setHeader(getTranslation("identity.users.column.name"))
                .setFlexGrow(2);
        grid.addColumn(UserSummary::username).setHeader(getTranslation("identity.users.column.username"))
                .setFlexGrow(2);
        grid.addColumn(user -> getTranslation(user.organisationAdmin() ? "shared.yes" : "shared.no"))
                .setHeader(getTranslation("identity.users.column.admin"));
        grid.addColumn(user -> getTranslation("shared.language." + user.locale().getLanguage()))
                .setHeader(getTranslation("identity.users.column.language"));
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setItems(
                query -> users.userSummariesOfMyOrganisation(query.getOffset(), query.getLimit()).stream(),
                query -> Math.toIntExact(users.countUsersOfMyOrganisation()));
        grid.setSizeFull();
    }

    private void openNewUserDialog() {
        new NewUserDialog(users, created -> grid.getDataProvider().refreshAll()).open();
    }
}
