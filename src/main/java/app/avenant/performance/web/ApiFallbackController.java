package app.avenant.performance.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any other {@code /api/...} path answers a 404 problem. Without it the request would fall through to
 * Vaadin's catch-all mapping and get the portal's HTML "page not found".
 */
@RestController
class ApiFallbackController {

    @RequestMapping("/api/**")
    ResponseEntity<ProblemDetail> unknown() {
        return DeliverablesApiProblems.problem(HttpStatus.NOT_FOUND, "not-found", "Not found",
                "No such API resource. The API is described at /api/v1/openapi.yaml.");
    }
}
