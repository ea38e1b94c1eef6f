package app.avenant.notification;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the bell.
 *
 * @param changeRequestNumber the change request's number; null for a contract alert
 * @param actorName           who caused it (the latest actor when repeated); empty when the application sent it
 * @param lastAt              when it last happened (a repeat moves it)
 * @param target              where the entry leads (the change request, the contract's history once accepted,
 *                            its team or its overview)
 * @param detail              for a contract alert: an ISO date, a plain amount or a person's name
 * @param context             for a contract alert: the contract's reference, or the side of a new contact person
 * @param contractName        the contract it is about, "reference — title" (or the title alone); empty if it is gone
 * @param repeatCount         how many times it happened while unread
 */
public record NotificationView(
        UUID id,
        NotificationKind kind,
        @Nullable Integer changeRequestNumber,
        @Nullable Integer producedVersion,
        String actorName,
        Instant createdAt,
        boolean read,
        NotificationTarget target,
        @Nullable String detail,
        @Nullable String context,
        String contractName,
        Instant lastAt,
        int repeatCount) {}
