package app.avenant.notification;

import java.time.Instant;
import java.util.List;

/**
 * What the bell's popup shows: what the reader still has to do, apart from what is for their information
 * (docs/decisions/0027).
 *
 * @param awaitingAction           unread entries of a kind {@link NotificationKind#awaitsAction() to do}, newest first
 * @param forInformation entries of every other kind, read or not, newest first
 * @param now            when it was read, so that times can be told relative to it ("il y a 5 min")
 */
public record Inbox(List<NotificationView> awaitingAction, List<NotificationView> forInformation, Instant now) {}
