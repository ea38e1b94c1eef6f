package app.avenant.invoicing.web;

import app.avenant.contract.ContractNotFoundException;
import app.avenant.invoicing.ReceivedInvoiceRefusedException;
import app.avenant.shared.fault.ApiProblems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The invoice API's refusals as RFC 9457 problems: an unreadable file or one of another contract, organisation or
 * month 422, an invoice already received 409, an unknown or foreign contract 404 (the same answer for both), a
 * malformed {@code month} 400. Nothing unexpected leaks: an unforeseen failure is logged and answered 500.
 */
@RestControllerAdvice(assignableTypes = ReceivedInvoiceApiController.class)
// right after the database-fault advice (shared.fault), whose 503 must win over this class's last-resort 500
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ReceivedInvoiceApiProblems extends ResponseEntityExceptionHandler {

    static final String TYPE_BASE = ApiProblems.TYPE_BASE;

    private static final Logger log = LoggerFactory.getLogger(ReceivedInvoiceApiProblems.class);

    @ExceptionHandler
    ResponseEntity<ProblemDetail> refused(ReceivedInvoiceRefusedException e) {
        String detail = ApiTexts.refusal(e.messageKey(), e.args());
        ResponseEntity<ProblemDetail> response = switch (e.reason()) {
            case UNREADABLE ->
                problem(HttpStatus.UNPROCESSABLE_CONTENT, "invoice-unreadable", "Invoice not readable", detail);
            case NOT_THIS_CONTRACT ->
                problem(
                        HttpStatus.UNPROCESSABLE_CONTENT,
                        "invoice-not-this-contract",
                        "Invoice of another contract",
                        detail);
            case OTHER_MONTH ->
                problem(HttpStatus.UNPROCESSABLE_CONTENT, "invoice-other-month", "Invoice of another month", detail);
            case DUPLICATE ->
                problem(HttpStatus.CONFLICT, "invoice-already-received", "Invoice already received", detail);
        };
        response.getBody().setProperty("code", e.messageKey());
        return response;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> badMonth(ReceivedInvoiceApiController.BadMonthException e) {
        return problem(
                HttpStatus.BAD_REQUEST,
                "malformed-request",
                "Malformed request",
                "month must be written YYYY-MM, e.g. 2026-03.");
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unsupported(ReceivedInvoiceApiController.UnsupportedTypeException e) {
        return problem(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "unsupported-media-type",
                "Unsupported media type",
                "Send the invoice file itself as the body, with Content-Type application/pdf (Factur-X) or"
                        + " application/xml (CII, UBL); not " + e.getMessage() + ".");
    }

    /** The same answer for a reference that does not exist and for a contract of other parties. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> notFound(ContractNotFoundException e) {
        return problem(
                HttpStatus.NOT_FOUND,
                "contract-not-found",
                "Contract not found",
                "No contract with this reference is shared with your organisation.");
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "This API token may not do that.");
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unexpected(RuntimeException e) {
        log.error("Invoice API call failed", e);
        return problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error",
                "Internal error",
                "The invoice could not be stored: nothing was stored.");
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String slug, String title, String detail) {
        return ApiProblems.problem(status, slug, title, detail);
    }
}
