package app.avenant.performance.web;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The API's OpenAPI 3.1 description, written by hand ({@code src/main/resources/api/openapi.yaml}) and
 * served as is, without a token, so a developer can read it (or generate a client) before having one.
 */
@RestController
class OpenApiController {

    /** application/yaml, registered by RFC 9512. */
    static final MediaType YAML = MediaType.parseMediaType("application/yaml;charset=UTF-8");

    private final byte[] description;

    OpenApiController() throws IOException {
        try (InputStream in = new ClassPathResource("api/openapi.yaml").getInputStream()) {
            this.description = in.readAllBytes();
        }
    }

    @GetMapping("/api/v1/openapi.yaml")
    ResponseEntity<byte[]> openApi() {
        return ResponseEntity.ok()
                .contentType(YAML)
                .cacheControl(CacheControl.noCache())
                .body(description);
    }
}
