package app.avenant.consultation;

/**
 * The RGPD checklist a PME puts to a provider who will process personal data on its behalf: the clauses article 28
 * requires of a processor, its security (article 32) and where the data lives (chapter V). Each provider answers
 * yes, partly or no, with a comment; the comparison counts them.
 */
public enum SecurityQuestion {
    /** Art. 28.3 a: processing only on the PME's documented instructions. */
    INSTRUCTIONS,
    /** Art. 28.3 b: the people processing the data are bound to confidentiality. */
    CONFIDENTIALITY,
    /** Art. 28.3 c and 32: encryption, access control, tested backups. */
    SECURITY_MEASURES,
    /** Art. 28.2 and 28.3 d: no sub-processor without the PME's prior written authorisation. */
    SUBPROCESSORS,
    /** Art. 28.3 e: helping the PME answer data subjects' requests. */
    DATA_SUBJECT_RIGHTS,
    /** Art. 28.3 f and 33: a breach notified to the PME without undue delay (within 48 hours). */
    BREACH_NOTIFICATION,
    /** Art. 28.3 g: data returned then deleted at the end of the contract, as the PME chooses. */
    RETURN_AND_DELETION,
    /** Art. 28.3 h: information made available, audits allowed. */
    AUDITS,
    /** Chapter V: data hosted in the European Union, or transferred with appropriate safeguards. */
    EU_HOSTING;

    public String labelKey() {
        return "consultation.question." + name();
    }
}
