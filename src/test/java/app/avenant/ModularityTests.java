package app.avenant;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(AvenantApplication.class);

    @Test
    void modules_respect_their_declared_dependencies() {
        modules.verify();
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
