package app.avenant.contract.terms;

import java.util.ArrayList;
import java.util.List;

/**
 * What is missing before terms can be proposed to the other side (issue 15, point 1: the guided path ends with a
 * readiness check): valid terms may still be too thin to run a contract on. Pure: the editor and the request show it.
 */
public final class Readiness {

    private Readiness() {}

    /**
     * One thing missing.
     *
     * @param code   {@code terms.readiness.<code>} names it
     * @param detail the scope item or level concerned, or ""
     */
    public record Gap(String code, String detail) {}

    public static List<Gap> of(Terms terms) {
        List<Gap> gaps = new ArrayList<>();
        if (terms.objectives().isEmpty()) {
            gaps.add(new Gap("noObjective", ""));
        }
        if (terms.scopeItems().isEmpty()) {
            gaps.add(new Gap("noScope", ""));
        }
        for (ScopeItem item : terms.scopeItems()) {
            if (item.description().isBlank()) {
                gaps.add(new Gap("itemDescription", item.title()));
            }
            if (item.acceptanceCriteria().isBlank()) {
                gaps.add(new Gap("itemCriteria", item.title()));
            }
            if (item.unitOfMeasure().isBlank()) {
                gaps.add(new Gap("itemUnit", item.title()));
            }
            if (item.documentationUrl().isBlank() && item.attachments().isEmpty()) {
                gaps.add(new Gap("itemDocumentation", item.title()));
            }
        }
        if (!terms.scopeItems().isEmpty() && terms.scopeItems().stream().allMatch(i -> i.volume() == null)) {
            gaps.add(new Gap("noVolume", ""));
        }
        if (terms.serviceLevels().isEmpty()) {
            gaps.add(new Gap("noServiceLevel", ""));
        } else if (terms.serviceLevels().stream().noneMatch(ServiceLevel::critical)) {
            gaps.add(new Gap("noCriticalLevel", ""));
        }
        return gaps;
    }
}
