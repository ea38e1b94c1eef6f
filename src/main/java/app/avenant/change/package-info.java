/**
 * Change requests: either side proposes a change to the terms, the other side comments or
 * counter-proposes (numbered revisions), an approver of each side approves the latest revision, and the
 * accepted request becomes the contract's next immutable version (mistake n°6: a contract is never
 * frozen). Several requests may be open at once; one whose base is outdated is merged field by field
 * onto the current terms, or blocked with the list of conflicts.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "identity",
            "contract",
            "contract :: terms",
            "contract :: persistence",
            "contract :: internal",
            "contract :: navigation",
            "contract :: labels",
            "document"
        })
@org.jspecify.annotations.NullMarked
package app.avenant.change;
