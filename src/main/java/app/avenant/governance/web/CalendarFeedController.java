package app.avenant.governance.web;

import app.avenant.governance.MyCalendar;
import app.avenant.governance.Reviews;
import app.avenant.shared.RunAs;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/calendar/{token}.ics}: a user's calendar for calendar apps, which cannot sign in. The
 * secret token in the URL is the credential (the API chain lets the path through without an API token);
 * an unknown, revoked or malformed token, or a disabled user, is simply 404.
 *
 * <p>The calendar is read as the token's user (a security context for this call only), through the same
 * service methods and membership checks as the portal: a user who leaves a contract stops seeing its
 * reviews in the feed at once.
 */
@RestController
class CalendarFeedController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final Reviews reviews;
    private final Clock clock;

    CalendarFeedController(Reviews reviews, Clock clock) {
        this.reviews = reviews;
        this.clock = clock;
    }

    @GetMapping("/api/calendar/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        Optional<String> owner = reviews.calendarFeedOwner(token);
        if (owner.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        MyCalendar calendar;
        try {
            calendar = asUser(owner.get());
        } catch (AccessDeniedException e) {
            // the account was disabled since the feed was created
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .contentType(TEXT_CALENDAR)
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(CalendarFeedWriter.write(calendar, clock.instant()));
    }

    private MyCalendar asUser(String username) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
        return RunAs.call(context, reviews::myCalendar);
    }
}
