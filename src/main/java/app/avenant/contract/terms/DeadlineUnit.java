package app.avenant.contract.terms;

/** How a service level's deadline is counted (decision 0053). */
public enum DeadlineUnit {
    /** Hours of the clock, nights, weekends and holidays included: « sous 48 h ». */
    CALENDAR_HOURS,
    /**
     * Hours of office time: 9:00 to 18:00 on working days. A request after 18:00 starts the next working morning:
     * « sous 4 heures ouvrées ».
     */
    WORKING_HOURS,
    /**
     * Whole working days after the day of the request, which is not counted; due by the end of the last one, as
     * French deadlines are counted (Code de procédure civile, art. 641 and 642): « sous 2 jours ouvrés ».
     */
    WORKING_DAYS
}
