package app.avenant.change.ui.editor;

import app.avenant.contract.terms.ScopeAttachment;
import org.jspecify.annotations.Nullable;

/**
 * Where the editor keeps a document attached to a scope item, and where it is downloaded from: the editor screen
 * passes the document module's service for its contract, so the editor itself knows no storage.
 */
public interface ScopeFiles {

    /** An editor that only shows the documents the terms already have (nothing to upload to). */
    ScopeFiles NONE = new ScopeFiles() {
        @Override
        public @Nullable ScopeAttachment keep(String fileName, byte[] content) {
            return null;
        }

        @Override
        public @Nullable String url(ScopeAttachment document) {
            return null;
        }
    };

    /**
     * Keeps the document; null when this editor cannot keep any.
     *
     * @throws app.avenant.document.FileRefusedException too large, empty, or not an accepted kind
     */
    @Nullable
    ScopeAttachment keep(String fileName, byte[] content);

    /** Where the document is downloaded, or null. */
    @Nullable
    String url(ScopeAttachment document);

    default boolean canKeep() {
        return this != NONE;
    }
}
