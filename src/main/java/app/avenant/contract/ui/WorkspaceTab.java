package app.avenant.contract.ui;

import java.util.Arrays;
import java.util.Optional;

/** The tabs of the contract workspace, in order; {@link #param} is the value of {@code ?tab=} in the URL. */
enum WorkspaceTab {
    CONTRACT("contract", "contract.tab.contract"),
    OBJECTIVES("objectives", "contract.tab.objectives"),
    SCOPE("scope", "contract.tab.scope"),
    VOLUMES("volumes", "contract.tab.volumes"),
    SERVICE_LEVELS("service-levels", "contract.tab.serviceLevels"),
    TEAM("team", "contract.tab.team"),
    HISTORY("history", "contract.tab.history");

    final String param;
    final String labelKey;

    WorkspaceTab(String param, String labelKey) {
        this.param = param;
        this.labelKey = labelKey;
    }

    static Optional<WorkspaceTab> fromParam(String param) {
        return Arrays.stream(values()).filter(t -> t.param.equals(param)).findFirst();
    }
}
