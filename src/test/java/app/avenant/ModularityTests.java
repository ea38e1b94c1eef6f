package app.avenant;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(AvenantApplication.class);

    @Test
    void modules_respect_their_declared_dependencies() {
        modules.verify();
    }

    /**
     * What only other modules' services may call is on a module's {@code internal} named interface and checks no
     * user's right: the modules reaching it are exactly those whose package-info lists it (verify() refuses any
     * other), and no screen or HTTP controller, which act for a user or a token, ever does.
     */
    @Test
    void a_module_s_internals_are_reached_only_by_the_modules_that_list_them_and_never_by_a_screen() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.avenant");

        assertThat(modulesUsing(classes, "app.avenant.contract.internal"))
                .containsExactly("change", "contract", "demo", "invoicing", "mail", "notification", "performance");
        assertThat(modulesUsing(classes, "app.avenant.identity.internal"))
                .containsExactly(
                        "audit", "consultation", "contract", "demo", "document", "identity", "invoicing", "mail");
        assertThat(modulesUsing(classes, "app.avenant.performance.internal"))
                .containsExactly("demo", "invoicing", "performance");
        noClasses()
                .that()
                .resideInAnyPackage("..ui..", "..web..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("app.avenant.*.internal..")
                .check(classes);
    }

    /** The modules (first package below app.avenant) with a class that uses a type of {@code internalPackage}. */
    private static Set<String> modulesUsing(JavaClasses classes, String internalPackage) {
        Set<String> using = new TreeSet<>();
        for (JavaClass type : classes) {
            if (!type.getPackageName().equals(internalPackage)
                    && type.getDirectDependenciesFromSelf().stream()
                            .anyMatch(d -> d.getTargetClass().getPackageName().equals(internalPackage))) {
                using.add(type.getPackageName().split("\\.")[2]);
            }
        }
        return using;
    }

    @Test
    void the_expected_modules_exist() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("identity", "contract", "shared", "portal", "demo");
    }

    @Test
    void writes_the_module_diagram_for_the_docs() throws Exception {
        Path folder = Path.of("target", "spring-modulith-docs");
        new Documenter(modules, folder.toString()).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        Path diagram = folder.resolve("components.puml");
        assertThat(Files.readString(diagram)).contains("Contract", "Identity");
    }
}
