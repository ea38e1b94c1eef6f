/**
 * Contracts on paper (issue 14, docs/decisions/0043): the PDF of each version and of each amendment, in the reader's
 * language, with the version's fingerprint on every page, and "Vérifier un document", which tells from a PDF or a
 * typed fingerprint which version of which of the caller's contracts it is. Reads through the contract module's
 * services only, so every document is checked per contract like every other read; each download is audited.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "identity",
            "identity :: internal",
            "contract",
            "contract :: terms",
            "contract :: labels",
            "contract :: navigation"
        })
@org.jspecify.annotations.NullMarked
package app.avenant.document;
