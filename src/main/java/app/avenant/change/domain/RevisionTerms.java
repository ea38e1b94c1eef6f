package app.avenant.change.domain;

import app.avenant.contract.persistence.TermsJson;
import app.avenant.contract.terms.Terms;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * The proposed terms of one revision, in a row of their own: a request's revisions are listed often, but
 * only the latest one's terms (hundreds of kilobytes for a large contract) are needed to approve or accept
 * it, so they are loaded, and read from JSON, only when asked.
 */
@Entity
@Immutable
@Table(name = "change_request_revision_terms")
public class RevisionTerms {

    @Id
    private UUID id;

    // No @Lob: longtext validates as a String column on H2 (MariaDB mode) and on MariaDB alike.
    @Column(columnDefinition = "longtext")
    private String proposed;

    @Transient
    private @Nullable Terms terms;

    protected RevisionTerms() {
        // for JPA
    }

    RevisionTerms(Terms terms) {
        this.id = UUID.randomUUID();
        this.terms = terms;
        this.proposed = TermsJson.write(terms);
    }

    public Terms terms() {
        Terms read = terms;
        if (read == null) {
            read = TermsJson.read(proposed);
            terms = read;
        }
        return read;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RevisionTerms other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
