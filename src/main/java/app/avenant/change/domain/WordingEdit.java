package app.avenant.change.domain;

import app.avenant.contract.Side;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * One edit of a change request's title and reason, with the wording it replaced: the request's history of
 * what it said. Its own row, like a {@link Comment}, so the aggregate does not load every past wording;
 * created only by {@link ChangeRequest#reword}, which enforces the rules.
 */
@Entity
@Immutable
@Table(name = "change_request_wording_edit")
public class WordingEdit {

    @Id
    private UUID id;

    @Column(name = "change_request_id")
    private UUID changeRequestId;

    @Enumerated(EnumType.STRING)
    private Side side;

    @Column(name = "user_id")
    private UUID userId;

    @Column(name = "edited_at")
    private Instant at;

    @Column(name = "title_before")
    private String titleBefore;

    @Column(name = "reason_before", columnDefinition = "longtext")
    private String reasonBefore;

    @Column(name = "title_after")
    private String titleAfter;

    @Column(name = "reason_after", columnDefinition = "longtext")
    private String reasonAfter;

    protected WordingEdit() {
        // for JPA
    }

    WordingEdit(
            UUID changeRequestId,
            Actor actor,
            Instant at,
            String titleBefore,
            String reasonBefore,
            String titleAfter,
            String reasonAfter) {
        this.id = UUID.randomUUID();
        this.changeRequestId = changeRequestId;
        this.side = actor.side();
        this.userId = actor.userId();
        this.at = at;
        this.titleBefore = titleBefore;
        this.reasonBefore = reasonBefore;
        this.titleAfter = titleAfter;
        this.reasonAfter = reasonAfter;
    }

    public UUID id() {
        return id;
    }

    public Side side() {
        return side;
    }

    public UUID userId() {
        return userId;
    }

    public Instant at() {
        return at;
    }

    public String titleBefore() {
        return titleBefore;
    }

    public String reasonBefore() {
        return reasonBefore;
    }

    public String titleAfter() {
        return titleAfter;
    }

    public String reasonAfter() {
        return reasonAfter;
    }
}
