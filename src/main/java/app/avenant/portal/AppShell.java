package app.avenant.portal;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page every view lives in. Vaadin 25 applies no theme by itself: Lumo is loaded here, then
 * Avenant's few plain CSS rules (served from META-INF/resources, no frontend build). Push lets one
 * side's change reach the other side's open screen.
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/avenant.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Avenant");
    }
}
