package app.avenant.performance.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Every {@code /api/...} request no API endpoint takes ends here, and gets the problem a client can act on: 405
 * with an {@code Allow} header when the path exists for other methods, 406 when it exists for this method but
 * not in a type the client accepts, else 404. Without it the request would fall through to Vaadin's catch-all
 * mapping and get the portal's HTML "page not found"; but being a catch-all for every method, it is also what
 * Spring MVC picks for a known path with a wrong method, so it has to tell those apart itself, from the
 * application's own request mappings.
 */
@RestController
class ApiFallbackController {

    private static final String DESCRIBED_AT = " The API is described at /api/v1/openapi.yaml.";

    /** Looked up when needed: the mapping is built from the controllers, this one included. */
    private final ObjectProvider<RequestMappingHandlerMapping> mappings;

    ApiFallbackController(
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    @RequestMapping("/api/**")
    ResponseEntity<ProblemDetail> unmatched(HttpServletRequest request) {
        PathContainer path = ServletRequestPathUtils.hasParsedRequestPath(request)
                ? ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication()
                : ServletRequestPathUtils.parseAndCache(request).pathWithinApplication();
        HttpMethod method = HttpMethod.valueOf(request.getMethod());
        Set<String> allowed = new TreeSet<>();
        Set<String> producible = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping :
                mappings.getObject().getHandlerMethods().entrySet()) {
            RequestMappingInfo info = mapping.getKey();
            if (mapping.getValue().getBeanType() == ApiFallbackController.class || !matches(info, path)) {
                continue;
            }
            Set<HttpMethod> methods = methodsOf(info);
            methods.forEach(each -> allowed.add(each.name()));
            if (methods.contains(method) && info.getProducesCondition().getMatchingCondition(request) == null) {
                info.getProducesCondition().getProducibleMediaTypes().forEach(type -> producible.add(type.toString()));
            }
        }
        if (!producible.isEmpty()) {
            return problem(
                    HttpStatus.NOT_ACCEPTABLE,
                    "not-acceptable",
                    "Not acceptable",
                    "This resource answers in " + String.join(", ", producible) + " only: send an Accept header that "
                            + "allows it (or none).");
        }
        if (!allowed.isEmpty() && !allowed.contains(method.name())) {
            allowed.add(HttpMethod.OPTIONS.name());
            String allow = String.join(", ", allowed);
            if (method == HttpMethod.OPTIONS) {
                return ResponseEntity.ok().header(HttpHeaders.ALLOW, allow).build();
            }
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.ALLOW, allow);
            return problem(
                    HttpStatus.METHOD_NOT_ALLOWED,
                    "method-not-allowed",
                    "Method not allowed",
                    request.getMethod() + " is not allowed here: use " + allow + "." + DESCRIBED_AT,
                    headers);
        }
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", "No such API resource." + DESCRIBED_AT);
    }

    private static boolean matches(RequestMappingInfo info, PathContainer path) {
        return info.getPathPatternsCondition() != null
                && info.getPathPatternsCondition().getPatterns().stream().anyMatch(pattern -> pattern.matches(path));
    }

    /** The methods a mapping takes (HEAD with GET, as Spring MVC answers it); every method when it names none. */
    private static Set<HttpMethod> methodsOf(RequestMappingInfo info) {
        Set<RequestMethod> declared = info.getMethodsCondition().getMethods();
        if (declared.isEmpty()) {
            return Set.of(HttpMethod.values());
        }
        Set<HttpMethod> methods =
                declared.stream().map(RequestMethod::asHttpMethod).collect(Collectors.toSet());
        if (methods.contains(HttpMethod.GET)) {
            methods.add(HttpMethod.HEAD);
        }
        return methods;
    }

    /** A problem in application/problem+json whatever the client's Accept said (RFC 9457 §3). */
    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String slug, String title, String detail) {
        return problem(status, slug, title, detail, new HttpHeaders());
    }

    private static ResponseEntity<ProblemDetail> problem(
            HttpStatus status, String slug, String title, String detail, HttpHeaders headers) {
        ProblemDetail body =
                DeliverablesApiProblems.problem(status, slug, title, detail).getBody();
        return ResponseEntity.status(status)
                .headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }
}
