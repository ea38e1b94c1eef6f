package app.avenant.invoicing.web;

import app.avenant.identity.ApiCaller;
import app.avenant.invoicing.CheckFinding;
import app.avenant.invoicing.CheckVerdict;
import app.avenant.invoicing.CheckedLine;
import app.avenant.invoicing.ReceivedInvoiceCheck;
import app.avenant.invoicing.ReceivedInvoiceRefusedException;
import app.avenant.invoicing.ReceivedInvoices;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code POST /api/v1/contracts/{reference}/invoices}: a party's software (the provider's invoicing tool, or the
 * PME's) sends an invoice of the contract, as the body: a Factur-X PDF, or a CII or UBL XML. Avenant reads it, files
 * it under the month it bills (its billing period, or {@code ?month=YYYY-MM}) and answers its check against that
 * month's statement (201). Refusals are problems ({@link ReceivedInvoiceApiProblems}); nothing is stored then.
 */
@RestController
class ReceivedInvoiceApiController {

    private final ReceivedInvoices received;

    ReceivedInvoiceApiController(ReceivedInvoices received) {
        this.received = received;
    }

    @PostMapping(path = "/api/v1/contracts/{reference}/invoices", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CheckResponse> receive(
            @PathVariable String reference, @AuthenticationPrincipal ApiCaller caller, HttpServletRequest request)
            throws IOException {
        requireFileType(request.getContentType());
        // the body first, and the query read from the query string alone: asking the servlet for a parameter
        // would read a form-encoded body as parameters (and the invoice with it)
        byte[] body = body(request);
        MultiValueMap<String, String> query = UriComponentsBuilder.fromUriString(
                        "/?" + (request.getQueryString() == null ? "" : request.getQueryString()))
                .build()
                .getQueryParams();
        YearMonth billed = month(decoded(query.getFirst("month")));
        String fileName = decoded(query.getFirst("fileName"));
        ReceivedInvoiceCheck check = received.receiveForOrganisation(
                caller.organisationId(), reference, billed, fileName == null ? "" : fileName, body, caller.tokenName());
        return ResponseEntity.status(HttpStatus.CREATED).body(CheckResponse.of(check));
    }

    /** The media types of an invoice file; none given is read as the file it is. */
    static final List<String> FILE_TYPES =
            List.of("application/pdf", "application/xml", "text/xml", "application/octet-stream");

    private static void requireFileType(@Nullable String contentType) {
        if (contentType == null) {
            return;
        }
        String type = contentType.split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
        if (!FILE_TYPES.contains(type)) {
            throw new UnsupportedTypeException(type);
        }
    }

    private static @Nullable String decoded(@Nullable String value) {
        return value == null ? null : URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static @Nullable YearMonth month(@Nullable String month) {
        if (month == null || month.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            throw new BadMonthException(month);
        }
    }

    /** At most the limit: a bigger body is refused without being read whole. */
    private static byte[] body(HttpServletRequest request) throws IOException {
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(ReceivedInvoices.MAX_BYTES + 1);
            if (body.length > ReceivedInvoices.MAX_BYTES) {
                throw new ReceivedInvoiceRefusedException(
                        ReceivedInvoiceRefusedException.Reason.UNREADABLE,
                        "invoicing.received.error.tooLarge",
                        ReceivedInvoices.MAX_BYTES / (1024 * 1024));
            }
            return body;
        }
    }

    /** The body is sent as something else than a file (a form, JSON). */
    static final class UnsupportedTypeException extends RuntimeException {
        UnsupportedTypeException(String type) {
            super(type);
        }
    }

    /** {@code ?month=} is not a month written YYYY-MM. */
    static final class BadMonthException extends RuntimeException {
        BadMonthException(String month) {
            super("month=" + month);
        }
    }

    /** The check as the API answers it; messages in English. */
    record CheckResponse(
            UUID id,
            String number,
            LocalDate issueDate,
            String month,
            CheckVerdict verdict,
            boolean conforming,
            long discrepancies,
            BigDecimal net,
            BigDecimal vat,
            BigDecimal gross,
            List<LineResponse> lines,
            app.avenant.invoicing.CheckedAdjustments adjustments,
            List<FindingResponse> findings) {

        static CheckResponse of(ReceivedInvoiceCheck c) {
            return new CheckResponse(
                    c.id(),
                    c.number(),
                    c.issueDate(),
                    c.month().toString(),
                    c.verdict(),
                    c.verdict() == CheckVerdict.CONFORMING,
                    c.discrepancies(),
                    c.net(),
                    c.vat(),
                    c.gross(),
                    c.lines().stream().map(LineResponse::of).toList(),
                    c.adjustments(),
                    c.findings().stream().map(FindingResponse::of).toList());
        }
    }

    record LineResponse(
            String label,
            CheckedLine.Outcome outcome,
            CheckedLine.@Nullable Figures invoiced,
            CheckedLine.@Nullable Figures expected) {

        static LineResponse of(CheckedLine l) {
            return new LineResponse(l.label(), l.outcome(), l.invoiced(), l.expected());
        }
    }

    record FindingResponse(CheckFinding.Code code, boolean discrepancy, String message) {

        static FindingResponse of(CheckFinding f) {
            return new FindingResponse(f.code(), f.code().discrepancy(), ApiTexts.finding(f));
        }
    }
}
